// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import nl.buurtkracht.area.AreaBoundariesImported;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.area.ImportSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports boundaries from GeoJSON, keyed by code, all or nothing. Every code must be an area of the
 * chosen year; without a chosen year the newest year that holds every code of the file is used.
 */
@Component
public class BoundaryImporter implements AreaFileImporter {

	private final JsonMapper json;

	private final StoredRegions stored;

	private final BoundaryWriter writer;

	private final ImportTransaction transaction;

	private final ApplicationEventPublisher events;

	BoundaryImporter(JsonMapper json, StoredRegions stored, BoundaryWriter writer, ImportTransaction transaction,
			ApplicationEventPublisher events) {
		this.json = json;
		this.stored = stored;
		this.writer = writer;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.GEOJSON;
	}

	@Override
	public void check(String fileName, byte[] content, @Nullable Integer year) {
		BoundaryFile file = BoundaryFileReader.read(json, content);
		requireKnownCodes(file, year(file, year));
	}

	@Override
	public ImportSummary importFile(String fileName, byte[] content, @Nullable Integer year, ImportProgress progress) {
		return transaction.run(() -> {
			progress.report(0, 1, "area.imports.step.check");
			BoundaryFile file = BoundaryFileReader.read(json, content);
			int chosen = year(file, year);
			requireKnownCodes(file, chosen);
			progress.report(0, file.features().size(), "area.imports.step.boundaries");
			writer.write(file, chosen);
			events.publishEvent(new AreaBoundariesImported(chosen,
					file.codes().stream().map(AreaCode::municipality).distinct().sorted().toList()));
			return ImportSummary.of(chosen, file.codes(), 0, file.skipped(), false);
		});
	}

	private int year(BoundaryFile file, @Nullable Integer requested) {
		if (requested != null) {
			if (!FileYear.isPlausible(requested)) {
				throw Problems.single(null, "year", "Het jaar " + requested + " kan niet.");
			}
			return requested;
		}
		Map<Integer, Integer> matches = file.features().isEmpty() ? Map.of() : stored.matchesPerYear(file.codes());
		return matches.entrySet()
			.stream()
			.max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElseThrow(() -> Problems.single(null, null, "Geen enkele code uit dit bestand is bekend. Importeer "
					+ "eerst de CBS-kerncijfers van het jaar van deze grenzen."));
	}

	private void requireKnownCodes(BoundaryFile file, int year) {
		Set<AreaCode> known = stored.existing(year, file.codes());
		Problems problems = new Problems();
		for (BoundaryFeature feature : file.features()) {
			if (!known.contains(feature.code())) {
				problems.add(feature.line(), feature.field(), feature.field() + " heeft de code " + feature.code()
						+ ", maar dat gebied bestaat niet in " + year + ". Importeer eerst de CBS-kerncijfers van "
						+ year + ", of kies het jaar van deze grenzen.");
			}
		}
		problems.throwIfAny();
	}

}
