// SPDX-License-Identifier: EUPL-1.2
/**
 * The monitor's pages, CSV exports and JSON API: public views of the index and indicators, the field notes
 * of council members and officials, and the administrator's catalogue, set-up and imports.
 */
@NullMarked
package nl.buurtkracht.monitor.web;

import org.jspecify.annotations.NullMarked;
