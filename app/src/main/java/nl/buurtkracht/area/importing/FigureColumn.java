// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import nl.buurtkracht.area.FigureLabel;

/**
 * A column of figures in a CBS file.
 *
 * @param index the column's position in this file only; figures are matched by label, never by position
 */
record FigureColumn(int index, FigureLabel label, String heading) {
}
