// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import org.jspecify.annotations.Nullable;

/**
 * A gemeente, wijk or buurt as CBS published it for one year.
 *
 * @param parent the gemeente of a wijk, the wijk of a buurt; {@code null} for a gemeente
 * @param changeCode CBS "indelingswijziging" against the year before ({@code 1} unchanged, {@code 2} new
 * code, {@code 3} new boundary), if the file had it
 */
public record Area(AreaCode code, int year, AreaLevel level, String name, @Nullable AreaCode parent,
		@Nullable String changeCode) {

	public AreaCode municipality() {
		return code.municipality();
	}

}
