// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.buurtkracht.area.importing.ImportQueue;
import nl.buurtkracht.system.BackgroundJobs;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area module's use cases: find gemeenten, wijken and buurten, read their figures and boundaries,
 * and import CBS files. Other modules read figures here (for example
 * {@code figures(code, year).value("Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)")}) and
 * listen for {@link AreaFiguresImported} to learn that new figures arrived.
 */
@Service
@Transactional(readOnly = true)
public class AreaCatalogue {

	private final Areas areas;

	private final Boundaries boundaries;

	private final ImportQueue imports;

	private final BackgroundJobs jobs;

	AreaCatalogue(Areas areas, Boundaries boundaries, ImportQueue imports, BackgroundJobs jobs) {
		this.areas = areas;
		this.boundaries = boundaries;
		this.imports = imports;
		this.jobs = jobs;
	}

	/** An area in a year, or in the newest year of its code when {@code year} is {@code null}. */
	public Optional<Area> find(AreaCode code, @Nullable Integer year) {
		if (year != null) {
			return areas.find(code, year);
		}
		return areas.years(code).stream().findFirst().flatMap(newest -> areas.find(code, newest));
	}

	/** The years in which the code exists, newest first. */
	public List<Integer> years(AreaCode code) {
		return areas.years(code);
	}

	/** The gemeente (and wijk) above an area, in the area's year, from the top down. */
	public List<AreaSummary> ancestors(Area area) {
		List<AreaSummary> ancestors = new ArrayList<>();
		Optional<AreaCode> parent = Optional.ofNullable(area.parent());
		while (parent.isPresent()) {
			Optional<AreaSummary> summary = areas.summary(parent.get(), area.year());
			summary.ifPresent(found -> ancestors.add(0, found));
			parent = parent.get().parent();
		}
		return ancestors;
	}

	public Page<AreaSummary> children(Area area, Paging paging) {
		return areas.children(area.code(), area.year(), paging);
	}

	/** Every gemeente with data, each in its newest year, by name. */
	public Page<AreaSummary> municipalities(Paging paging) {
		return areas.newestMunicipalities(paging);
	}

	/** Areas whose name contains the text (or whose code it is), each in its newest matching year. */
	public Page<AreaSummary> search(String text, Paging paging) {
		return areas.search(text.strip(), paging);
	}

	/** Like {@link #search(String, Paging)}, for one level only, for example to choose a home buurt. */
	public Page<AreaSummary> search(String text, AreaLevel level, Paging paging) {
		return areas.search(text.strip(), level, paging);
	}

	public KeyFigures keyFigures(AreaCode code, int year) {
		return KeyFigures.of(figures(code, year));
	}

	/** Every figure CBS published for the area in the year; suppressed values are absent. */
	public Figures figures(AreaCode code, int year) {
		return new Figures(code, year, areas.figures(code, year));
	}

	/** One figure for every area of a level in a year, for example the WOZ value of all buurten. */
	public Map<AreaCode, BigDecimal> values(FigureLabel label, int year, AreaLevel level) {
		return areas.values(label, year, level);
	}

	public Optional<Boundary> boundary(AreaCode code, int year) {
		return boundaries.of(code, year);
	}

	public List<Boundary> childBoundaries(AreaCode code, int year) {
		return boundaries.ofChildren(code, year);
	}

	/** Whether a map can show anything for the area: its own outline or one of its children's. */
	public boolean hasBoundaries(Area area) {
		return boundaries.existsFor(area.code(), area.year());
	}

	/**
	 * Checks an uploaded file at once and queues its import as a background job.
	 * @throws nl.buurtkracht.system.InputRejectedException naming every problem's line and field; nothing is queued
	 */
	@Transactional
	public JobId startImport(ImportKind kind, String fileName, byte[] content, @Nullable Integer year,
			String submittedBy) {
		return imports.submit(kind, fileName, content, year, submittedBy);
	}

	public Optional<Job> findImport(JobId id) {
		return jobs.find(id).filter(job -> ImportKind.jobKinds().contains(job.kind()));
	}

	public List<Job> recentImports(int limit) {
		return jobs.recent(ImportKind.jobKinds(), limit);
	}

}
