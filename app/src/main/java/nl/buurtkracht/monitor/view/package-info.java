// SPDX-License-Identifier: EUPL-1.2
/**
 * What the monitor's pages, exports and API show: read-only views on the read model, queried with SQL kept
 * here. Missing values stay {@code null} all the way to the page, where they read "geen gegevens".
 */
@NullMarked
package nl.buurtkracht.monitor.view;

import org.jspecify.annotations.NullMarked;
