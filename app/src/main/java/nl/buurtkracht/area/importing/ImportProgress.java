// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

/**
 * Where an import reports how far it is; for a background job this is also its heartbeat.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total, step) -> {
	};

	/**
	 * @param step a message key such as {@code area.imports.step.figures}, shown in the user's language
	 */
	void report(long done, long total, String step);

}
