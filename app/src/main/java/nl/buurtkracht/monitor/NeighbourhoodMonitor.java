// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.Boundary;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Indicator;
import nl.buurtkracht.monitor.indicator.IndicatorCatalogue;
import nl.buurtkracht.monitor.indicator.LocalIndicatorDefinition;
import nl.buurtkracht.monitor.local.LocalValuesImport;
import nl.buurtkracht.monitor.note.FieldNote;
import nl.buurtkracht.monitor.note.FieldNotes;
import nl.buurtkracht.monitor.note.NoteFilter;
import nl.buurtkracht.monitor.refresh.MonitorJobs;
import nl.buurtkracht.monitor.settings.AuditChange;
import nl.buurtkracht.monitor.settings.AuditEntry;
import nl.buurtkracht.monitor.settings.IndexSettings;
import nl.buurtkracht.monitor.settings.IndexSetup;
import nl.buurtkracht.monitor.settings.Membership;
import nl.buurtkracht.monitor.view.AreaEntry;
import nl.buurtkracht.monitor.view.AreaReport;
import nl.buurtkracht.monitor.view.ComparisonReport;
import nl.buurtkracht.monitor.view.IndexRow;
import nl.buurtkracht.monitor.view.IndexStatement;
import nl.buurtkracht.monitor.view.MonitorReports;
import nl.buurtkracht.monitor.view.MonitorViews;
import nl.buurtkracht.monitor.view.MunicipalityEntry;
import nl.buurtkracht.monitor.view.MunicipalityReport;
import nl.buurtkracht.monitor.view.TableSort;
import nl.buurtkracht.system.Job;
import nl.buurtkracht.system.JobId;
import nl.buurtkracht.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wijkmonitor's use cases: read the indicators and the stacking index of gemeenten, wijken and buurten;
 * record field notes; and, for administrators, define local indicators, import their values and set up the
 * index. Every change of figures or set-up recomputes the index in a background job.
 */
@Service
@Transactional(readOnly = true)
public class NeighbourhoodMonitor {

	static final String SYSTEM = "system";

	private final MonitorReports reports;

	private final MonitorViews views;

	private final IndicatorCatalogue catalogue;

	private final IndexSettings settings;

	private final MonitorJobs jobs;

	private final LocalValuesImport localImport;

	private final FieldNotes notes;

	private final AreaCatalogue areas;

	private final Clock clock;

	NeighbourhoodMonitor(MonitorReports reports, MonitorViews views, IndicatorCatalogue catalogue,
			IndexSettings settings, MonitorJobs jobs, LocalValuesImport localImport, FieldNotes notes,
			AreaCatalogue areas, Clock clock) {
		this.reports = reports;
		this.views = views;
		this.catalogue = catalogue;
		this.settings = settings;
		this.jobs = jobs;
		this.localImport = localImport;
		this.notes = notes;
		this.areas = areas;
		this.clock = clock;
	}

	// Reading

	public List<MunicipalityEntry> municipalities() {
		return views.municipalities();
	}

	/** The gemeente view; {@code year} {@code null} means the newest year the monitor has the gemeente. */
	public Optional<MunicipalityReport> municipality(AreaCode code, @Nullable Integer year, AreaLevel level,
			TableSort sort, boolean descending, int page, int size) {
		return reports.municipality(code, year, level, sort, descending, page, size);
	}

	/** Every line of the gemeente table in the order on screen, for the CSV export. */
	public List<IndexRow> table(AreaCode municipality, int year, AreaLevel level, TableSort sort, boolean descending) {
		return views.allRows(municipality, year, level, sort, descending);
	}

	public Optional<AreaReport> area(AreaCode code, @Nullable Integer year) {
		return reports.area(code, year);
	}

	public Optional<ComparisonReport> compare(List<AreaCode> codes, @Nullable Integer year) {
		return reports.compare(codes, year);
	}

	public Optional<AreaEntry> findArea(AreaCode code, int year) {
		return views.area(code, year);
	}

	/** The years the monitor has the area, newest first. */
	public List<Integer> years(AreaCode code) {
		return views.years(code);
	}

	public List<AreaEntry> areas(AreaCode municipality, int year, AreaLevel level) {
		return views.areas(municipality, year, level);
	}

	public Optional<IndexStatement> statement(int year, AreaLevel level, @Nullable AreaCode municipality) {
		return reports.statement(year, level, municipality);
	}

	public List<Indicator> indicators() {
		return catalogue.all();
	}

	public Optional<Indicator> indicator(String key) {
		return catalogue.find(key);
	}

	/** The outlines of the wijken or buurten of a gemeente that have one. */
	public List<Boundary> boundaries(AreaCode municipality, int year, AreaLevel level) {
		if (level == AreaLevel.DISTRICT) {
			return areas.childBoundaries(municipality, year);
		}
		List<Boundary> boundaries = new ArrayList<>();
		for (AreaEntry district : views.areas(municipality, year, AreaLevel.DISTRICT)) {
			boundaries.addAll(areas.childBoundaries(district.code(), year));
		}
		return boundaries;
	}

	// Field notes

	public List<FieldNote> notesAbout(AreaCode area, int limit) {
		return notes.about(area, limit);
	}

	public Page<FieldNote> notes(NoteFilter filter, int page, int size) {
		return notes.search(filter, page, size);
	}

	public Optional<FieldNote> note(UUID id) {
		return notes.find(id);
	}

	/**
	 * @throws IllegalArgumentException when the text holds personal data or the date is in the future
	 */
	@Transactional
	public FieldNote recordNote(AreaEntry area, NoteDraft draft, AccountId author, String authorRole) {
		FieldNote note = FieldNote.write(area.code(), area.name(), draft.kind(), draft.notedOn(), draft.themes(),
				draft.summary(), draft.followUp(), author.value(), authorRole, today(), clock.instant());
		notes.save(note);
		return note;
	}

	/**
	 * @throws NoteNotAllowedException when the editor is neither the author nor an administrator
	 */
	@Transactional
	public FieldNote reviseNote(FieldNote note, NoteDraft draft, AccountId editor, boolean administrator) {
		requireAuthorOrAdministrator(note, editor, administrator);
		FieldNote revised = note.revise(draft.kind(), draft.notedOn(), draft.themes(), draft.summary(),
				draft.followUp(), today(), clock.instant());
		notes.save(revised);
		return revised;
	}

	@Transactional
	public void deleteNote(FieldNote note, AccountId editor, boolean administrator) {
		requireAuthorOrAdministrator(note, editor, administrator);
		notes.delete(note.id());
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
	}

	private static void requireAuthorOrAdministrator(FieldNote note, AccountId editor, boolean administrator) {
		if (!administrator && !note.isWrittenBy(editor.value())) {
			throw new NoteNotAllowedException();
		}
	}

	// Administration

	public IndexSetup indexSetup() {
		return settings.current();
	}

	public List<AuditEntry> audit(int limit) {
		return settings.audit(limit);
	}

	public List<LocalIndicatorDefinition> localIndicators() {
		return catalogue.locals();
	}

	public Optional<LocalIndicatorDefinition> localIndicator(String key) {
		return catalogue.local(key);
	}

	public boolean isIndicatorKeyTaken(String key) {
		return catalogue.isTaken(key);
	}

	/** Defines a local indicator and places it in a domain of the index (or in none). */
	@Transactional
	public void defineIndicator(LocalIndicatorDefinition definition, @Nullable Domain domain, AccountId actor) {
		catalogue.define(definition);
		settings.record(actor.value(), "INDICATOR_DEFINED", describe(null, definition));
		place(definition.key(), domain, actor);
	}

	/** Changes a local indicator and its place in the index; recomputes the index when that changed. */
	@Transactional
	public void changeIndicator(LocalIndicatorDefinition definition, @Nullable Domain domain, AccountId actor) {
		LocalIndicatorDefinition before = catalogue.local(definition.key()).orElseThrow();
		catalogue.change(definition);
		List<AuditChange> changes = describe(before, definition);
		if (!changes.isEmpty()) {
			settings.record(actor.value(), "INDICATOR_CHANGED", changes);
		}
		boolean turned = before.direction() != definition.direction();
		if (place(definition.key(), domain, actor) || turned) {
			jobs.recompute(List.of(), actor.toString());
		}
	}

	/** @return whether the set-up changed */
	private boolean place(String indicator, @Nullable Domain domain, AccountId actor) {
		IndexSetup setup = settings.current();
		Membership current = setup.membership(indicator).orElse(null);
		if (current == null ? domain == null : current.domain() == domain) {
			return false;
		}
		Membership wanted = domain == null ? null
				: new Membership(indicator, domain, current == null ? java.math.BigDecimal.ONE : current.weight());
		settings.place(indicator, wanted, actor.value());
		return true;
	}

	/**
	 * Replaces the index set-up and, when anything changed, recomputes every year in the background.
	 * @return the changes, empty when there were none
	 */
	@Transactional
	public List<AuditChange> configureIndex(IndexSetup wanted, AccountId actor) {
		List<AuditChange> changes = settings.replace(wanted, actor.value());
		if (!changes.isEmpty()) {
			jobs.recompute(List.of(), actor.toString());
		}
		return changes;
	}

	@Transactional
	public JobId recompute(AccountId actor) {
		return jobs.recompute(List.of(), actor.toString());
	}

	/**
	 * Checks an upload of local values at once and queues its import.
	 * @throws nl.buurtkracht.system.InputRejectedException naming every problem by line and field; nothing is queued
	 */
	@Transactional
	public JobId startLocalImport(String fileName, byte[] content, AccountId actor) {
		localImport.check(content);
		return jobs.importLocalValues(fileName, content, actor.toString());
	}

	public Optional<Job> job(JobId id) {
		return jobs.find(id);
	}

	public List<Job> recentJobs(int limit) {
		return jobs.recent(limit);
	}

	/** New CBS figures arrived: bring the read model and the index of that year up to date. */
	@Transactional
	JobId refresh(int year, List<AreaCode> municipalities) {
		return jobs.refresh(year, municipalities, SYSTEM);
	}

	private static List<AuditChange> describe(@Nullable LocalIndicatorDefinition before, LocalIndicatorDefinition after) {
		List<AuditChange> changes = new ArrayList<>();
		compare(changes, after.key(), "nameNl", before == null ? null : before.nameNl(), after.nameNl());
		compare(changes, after.key(), "nameEn", before == null ? null : before.nameEn(), after.nameEn());
		compare(changes, after.key(), "unit", before == null ? null : before.unit().name(), after.unit().name());
		compare(changes, after.key(), "direction", before == null ? null : before.direction().name(),
				after.direction().name());
		compare(changes, after.key(), "source", before == null ? null : before.source(), after.source());
		return changes;
	}

	private static void compare(List<AuditChange> changes, String subject, String field, @Nullable String before,
			String after) {
		if (!after.equals(before)) {
			changes.add(new AuditChange(subject, field, before, after));
		}
	}

}
