// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an uploaded file holds: CBS key figures (Kerncijfers wijken en buurten, any StatLine CSV format)
 * or boundaries (GeoJSON keyed by code).
 */
public enum ImportKind {

	CBS_KWB("cbs-kwb"), GEOJSON("geojson");

	private final String parameter;

	ImportKind(String parameter) {
		this.parameter = parameter;
	}

	/** The name in the API and forms, for example {@code cbs-kwb}. */
	public String parameter() {
		return parameter;
	}

	/** The kind of the background job that runs this import. */
	public String jobKind() {
		return "area." + parameter;
	}

	public static Optional<ImportKind> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(kind -> kind.parameter.equals(parameter)).findFirst();
	}

	public static Optional<ImportKind> ofJobKind(String jobKind) {
		return Arrays.stream(values()).filter(kind -> kind.jobKind().equals(jobKind)).findFirst();
	}

	public static List<String> jobKinds() {
		return Arrays.stream(values()).map(ImportKind::jobKind).toList();
	}

}
