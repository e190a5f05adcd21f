// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.Arrays;
import java.util.List;

import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.Unit;
import nl.buurtkracht.monitor.note.FieldNote;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every monitor page may use, as plain model attributes: Thymeleaf 3.1 refuses bean references and
 * static classes in link and attribute expressions, so links, formats and constants come in through here.
 */
@ControllerAdvice(assignableTypes = { MonitorPages.class, FieldNotePages.class, MonitorAdminPages.class })
class MonitorModel {

	private final MonitorLinks links;

	private final MonitorFormat format;

	MonitorModel(MonitorLinks links, MonitorFormat format) {
		this.links = links;
		this.format = format;
	}

	@ModelAttribute("links")
	MonitorLinks links() {
		return links;
	}

	@ModelAttribute("format")
	MonitorFormat format() {
		return format;
	}

	@ModelAttribute("allDomains")
	Domain[] domains() {
		return Domain.values();
	}

	/** The domains and then {@code null} for the indicators outside the index, to group a table by. */
	@ModelAttribute("domainGroups")
	List<@Nullable Domain> domainGroups() {
		List<@Nullable Domain> groups = new java.util.ArrayList<>(Arrays.asList(Domain.values()));
		groups.add(null);
		return groups;
	}

	@ModelAttribute("tableLevels")
	List<AreaLevel> tableLevels() {
		return List.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD);
	}

	@ModelAttribute("scoreUnit")
	Unit scoreUnit() {
		return Unit.SCORE;
	}

	@ModelAttribute("maxSummary")
	int maxSummary() {
		return FieldNote.MAX_SUMMARY;
	}

	@ModelAttribute("maxFollowUp")
	int maxFollowUp() {
		return FieldNote.MAX_FOLLOW_UP;
	}

}
