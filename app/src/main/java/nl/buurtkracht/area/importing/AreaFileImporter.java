// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.area.ImportSummary;
import org.jspecify.annotations.Nullable;

/**
 * Imports one kind of file all or nothing: CBS figures or GeoJSON boundaries.
 */
public interface AreaFileImporter {

	ImportKind kind();

	/**
	 * Checks the file completely, against the stored areas too, without storing anything.
	 * @throws nl.buurtkracht.system.InputRejectedException naming each problem's line and field
	 */
	void check(String fileName, byte[] content, @Nullable Integer year);

	/**
	 * Checks and stores the file in one transaction, or in the caller's if there is one.
	 * @throws nl.buurtkracht.system.InputRejectedException when the file has problems; nothing is stored
	 */
	ImportSummary importFile(String fileName, byte[] content, @Nullable Integer year, ImportProgress progress);

}
