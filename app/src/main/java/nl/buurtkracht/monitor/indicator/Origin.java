// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

/**
 * Where an indicator's values come from.
 */
public enum Origin {

	/** Derived by the monitor from the CBS figures the area module imported. */
	CBS,
	/** Uploaded by an administrator as a CSV file (for example GGD or municipal figures). */
	LOCAL

}
