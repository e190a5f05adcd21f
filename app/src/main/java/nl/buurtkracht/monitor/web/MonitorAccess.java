// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.Optional;
import java.util.UUID;

import nl.buurtkracht.account.MunicipalityScope;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.monitor.NeighbourhoodMonitor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and write field notes, for {@code @PreAuthorize} and templates: council members and officials
 * of the area's gemeente, and administrators. Everyone else, including residents and institution staff,
 * never sees a note.
 */
@Component("monitorAccess")
class MonitorAccess {

	private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final MunicipalityScope scope;

	private final NeighbourhoodMonitor monitor;

	MonitorAccess(MunicipalityScope scope, NeighbourhoodMonitor monitor) {
		this.scope = scope;
		this.monitor = monitor;
	}

	/** Whether the person works with notes in the gemeente of this area (any code: gemeente, wijk or buurt). */
	public boolean mayUseNotes(@Nullable Authentication authentication, @Nullable String areaCode) {
		return municipality(areaCode).map(code -> covers(authentication, code)).orElse(false);
	}

	/** Whether the person may see the note; changing it also needs authorship, checked by the service. */
	public boolean mayUseNote(@Nullable Authentication authentication, @Nullable String noteId) {
		return parse(noteId).flatMap(monitor::note)
			.map(note -> covers(authentication, note.municipality().value()))
			.orElse(false);
	}

	public boolean isAdministrator(@Nullable Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	private boolean covers(@Nullable Authentication authentication, String municipality) {
		return scope.covers(authentication, municipality, "COUNCIL") || scope.covers(authentication, municipality, "OFFICIAL");
	}

	private static Optional<String> municipality(@Nullable String areaCode) {
		return areaCode == null ? Optional.empty() : AreaCode.parse(areaCode).map(code -> code.municipality().value());
	}

	private static Optional<UUID> parse(@Nullable String id) {
		return id == null || !UUID_TEXT.matcher(id).matches() ? Optional.empty() : Optional.of(UUID.fromString(id));
	}

}
