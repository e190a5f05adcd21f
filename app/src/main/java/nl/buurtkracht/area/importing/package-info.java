// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading CBS StatLine CSV files and GeoJSON boundary files, checking them completely, and storing them
 * in one transaction with PostgreSQL COPY. Internal to the area module.
 */
@NullMarked
package nl.buurtkracht.area.importing;

import org.jspecify.annotations.NullMarked;
