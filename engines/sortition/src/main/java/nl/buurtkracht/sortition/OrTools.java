// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import com.google.ortools.Loader;

/** Loads the OR-Tools native libraries once per JVM (this takes about a second). */
final class OrTools {

    private static boolean loaded;

    private OrTools() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
