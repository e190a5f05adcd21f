// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.account.AccountDeleted;
import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.PersonalDataContributor;
import nl.buurtkracht.monitor.note.FieldNote;
import nl.buurtkracht.monitor.note.FieldNotes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The personal data the monitor keeps about council members and officials: which field notes they wrote.
 * Their download ("mijn gegevens") lists them; deleting the account removes the link to the author, while
 * the notes themselves stay as the gemeente's record (they hold no personal data of residents).
 */
@Component
class NoteAuthors implements PersonalDataContributor {

	private final FieldNotes notes;

	NoteAuthors(FieldNotes notes) {
		this.notes = notes;
	}

	@Override
	public String section() {
		return "monitor";
	}

	@Override
	public Map<String, Object> personalData(AccountId account) {
		List<Map<String, Object>> written = notes.writtenBy(account.value()).stream().map(NoteAuthors::export).toList();
		return Map.of("fieldNotes", written);
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		notes.forgetAuthor(event.account().value());
	}

	private static Map<String, Object> export(FieldNote note) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", note.id().toString());
		map.put("area", note.area().value());
		map.put("kind", note.kind().name());
		map.put("date", note.notedOn().toString());
		map.put("themes", note.themes().stream().map(Enum::name).toList());
		map.put("summary", note.summary());
		map.put("followUp", note.followUp());
		map.put("createdAt", note.createdAt().toString());
		return map;
	}

}
