// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaFiguresImported;
import nl.buurtkracht.area.ImportKind;
import nl.buurtkracht.area.ImportSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports a CBS key-figures file (Kerncijfers wijken en buurten, SES-WOA, any StatLine CSV layout) all or
 * nothing: the file is read and checked completely, against the areas already stored too, before one
 * transaction writes its areas and figures. Any problem leaves the database as it was.
 */
@Component
public class CbsImporter implements AreaFileImporter {

	private final StoredRegions stored;

	private final RegionWriter regions;

	private final FigureWriter figures;

	private final ImportTransaction transaction;

	private final ApplicationEventPublisher events;

	CbsImporter(StoredRegions stored, RegionWriter regions, FigureWriter figures, ImportTransaction transaction,
			ApplicationEventPublisher events) {
		this.stored = stored;
		this.regions = regions;
		this.figures = figures;
		this.transaction = transaction;
		this.events = events;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CBS_KWB;
	}

	@Override
	public void check(String fileName, byte[] content, @Nullable Integer year) {
		resolve(CbsFileReader.read(fileName, content, year));
	}

	@Override
	public ImportSummary importFile(String fileName, byte[] content, @Nullable Integer year, ImportProgress progress) {
		return transaction.run(() -> {
			progress.report(0, 1, "area.imports.step.check");
			CbsFile file = resolve(CbsFileReader.read(fileName, content, year));
			return write(file, progress);
		});
	}

	private CbsFile resolve(CbsFile file) {
		if (!file.hasCodes()) {
			return new PositionalJoin(file).join(stored.files(file.year(), file.rows().size())
				.stream()
				.map(source -> stored.rowsOf(file.year(), source)));
		}
		requireParents(file);
		return file;
	}

	/** A wijk or gemeente a row refers to must be in the file or stored for the same year. */
	private void requireParents(CbsFile file) {
		if (file.missingParents().isEmpty()) {
			return;
		}
		Set<AreaCode> missing = new TreeSet<>(file.missingParents());
		missing.removeAll(stored.existing(file.year(), missing));
		Problems problems = new Problems();
		for (CbsRow row : file.rows()) {
			row.requireCode().parent().filter(missing::contains).ifPresent(parent -> problems.add(row.line(),
					file.codeHeading(), "de " + parent.level().dutchWord() + " " + parent + " van " + row.requireCode()
							+ " staat niet in dit bestand en is voor " + file.year() + " nog niet geïmporteerd."));
		}
		problems.throwIfAny();
	}

	private ImportSummary write(CbsFile file, ImportProgress progress) {
		List<CbsRow> rows = file.rows();
		progress.report(0, rows.size(), "area.imports.step.regions");
		regions.stage(rows, UUID.randomUUID());
		if (file.hasCodes()) {
			regions.upsert(file.year());
		}
		long written = figures.replace(file.year(), file.figures(), rows, progress);
		events.publishEvent(new AreaFiguresImported(file.year(), municipalities(rows),
				file.figures().stream().map(FigureColumn::label).toList()));
		progress.report(rows.size(), rows.size(), "area.imports.step.done");
		return ImportSummary.of(file.year(), rows.stream().map(CbsRow::requireCode).toList(), written,
				file.skippedRows(), !file.hasCodes());
	}

	private static List<AreaCode> municipalities(List<CbsRow> rows) {
		return rows.stream().map(row -> row.requireCode().municipality()).distinct().sorted().toList();
	}

}
