// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.note;

/**
 * Where a field note comes from.
 */
public enum NoteKind {

	/** Spreekuur: residents brought a signal to the council's consultation hour. */
	CONSULTATION_HOUR,
	/** Werkbezoek: a visit to the area or an institution in it. */
	WORK_VISIT,
	/** Gesprek met een sleutelfiguur: a trusted person in a community. */
	KEY_FIGURE,
	/** Gesprek met een bewoner. */
	RESIDENT

}
