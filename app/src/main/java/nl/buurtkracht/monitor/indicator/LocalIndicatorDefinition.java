// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.util.regex.Pattern;

import nl.buurtkracht.monitor.index.Direction;

/**
 * What an administrator says about a local indicator: the key used in upload files, its names, unit,
 * direction and source.
 *
 * @param key lower case letters, digits and hyphens, for example {@code eenzaamheid}
 */
public record LocalIndicatorDefinition(String key, String nameNl, String nameEn, Unit unit, Direction direction,
		String source) {

	public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final int MAX_KEY = 40;

	public static final int MAX_TEXT = 200;

	public LocalIndicatorDefinition {
		if (!KEY.matcher(key).matches() || key.length() > MAX_KEY) {
			throw new IllegalArgumentException("Not a valid indicator key: " + key);
		}
		if (!direction.isDirected()) {
			throw new IllegalArgumentException("A local indicator needs a direction");
		}
	}

}
