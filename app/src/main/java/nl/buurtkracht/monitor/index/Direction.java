// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

/**
 * Which way an indicator points. Only indicators with a direction can be part of the index; the index
 * turns "higher is better" around so that a higher score always means more vulnerable.
 */
public enum Direction {

	/** A higher value means more vulnerable, for example the share of households with a low income. */
	HIGHER_IS_WORSE,
	/** A higher value means less vulnerable, for example the average WOZ value. */
	HIGHER_IS_BETTER,
	/** Describes the area without a judgement, for example the number of inhabitants. */
	NEUTRAL;

	public boolean isDirected() {
		return this != NEUTRAL;
	}

}
