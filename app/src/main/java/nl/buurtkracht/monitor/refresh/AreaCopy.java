// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.AreaSummary;
import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.area.Paging;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Copies the gemeenten, wijken and buurten of a year from the area module into the monitor's read model,
 * through the area module's public API only (one page of children per gemeente and per wijk).
 */
@Component
class AreaCopy {

	/** Reports how many gemeenten are done. */
	interface Progress {

		void copied(int done, int total);

	}

	private final AreaCatalogue catalogue;

	private final MonitorAreas areas;

	AreaCopy(AreaCatalogue catalogue, MonitorAreas areas) {
		this.catalogue = catalogue;
		this.areas = areas;
	}

	/** @return how many areas were copied */
	int copy(int year, List<AreaCode> municipalities, Progress progress) {
		Map<AreaCode, BigDecimal> inhabitants = catalogue.values(FigureLabel.INHABITANTS, year, AreaLevel.MUNICIPALITY);
		List<MonitorAreas.Row> rows = new ArrayList<>();
		List<AreaCode> found = new ArrayList<>();
		for (int i = 0; i < municipalities.size(); i++) {
			Optional<Area> municipality = catalogue.find(municipalities.get(i), year);
			if (municipality.isPresent()) {
				found.add(municipality.get().code());
				rows.addAll(rowsOf(municipality.get(), inhabitants.get(municipality.get().code())));
			}
			progress.copied(i + 1, municipalities.size());
		}
		if (!found.isEmpty()) {
			areas.replace(year, found, rows);
		}
		return rows.size();
	}

	private List<MonitorAreas.Row> rowsOf(Area municipality, @Nullable BigDecimal inhabitants) {
		List<MonitorAreas.Row> rows = new ArrayList<>();
		AreaCode code = municipality.code();
		String name = municipality.name();
		rows.add(new MonitorAreas.Row(code, AreaLevel.MUNICIPALITY, name, code, name, null, inhabitants));
		for (AreaSummary district : children(municipality)) {
			rows.add(row(district, code, name));
			Area districtArea = new Area(district.code(), district.year(), district.level(), district.name(), code, null);
			for (AreaSummary neighbourhood : children(districtArea)) {
				rows.add(row(neighbourhood, code, name));
			}
		}
		return rows;
	}

	private static MonitorAreas.Row row(AreaSummary area, AreaCode municipality, String municipalityName) {
		return new MonitorAreas.Row(area.code(), area.level(), area.name(), municipality, municipalityName,
				area.code().parent().orElse(null), area.inhabitants());
	}

	private List<AreaSummary> children(Area parent) {
		List<AreaSummary> all = new ArrayList<>();
		int page = 1;
		Page<AreaSummary> children;
		do {
			children = catalogue.children(parent, new Paging(page++, Paging.MAX_SIZE));
			all.addAll(children.items());
		}
		while (children.hasNext());
		return all;
	}

}
