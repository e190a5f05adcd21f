// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.List;

import nl.buurtkracht.area.AreaCode;

/**
 * A boundary file that passed every check that needs only the file.
 *
 * @param skipped features not stored on purpose: PDOK's pseudo-gemeente GM0998 "Buitenland"
 */
record BoundaryFile(List<BoundaryFeature> features, int skipped) {

	List<AreaCode> codes() {
		return features.stream().map(BoundaryFeature::code).toList();
	}

}
