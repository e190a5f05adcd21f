// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CBS CSV file split into column headings and data records, whatever its layout:
 * <ul>
 * <li>new StatLine and R exports: one heading line;</li>
 * <li>old StatLine: a title, an empty line, {@code "";"Onderwerp"}, the topic paths separated by
 * {@code |}, the units, the data and a {@code "Bron: CBS"} footer.</li>
 * </ul>
 *
 * @param headingLine the line number of the headings, for errors about columns
 * @param title the title line of an old StatLine file, which names the year
 */
record CbsTable(char separator, int headingLine, List<String> headings, List<CsvRecord> rows,
		@Nullable String title) {

	static CbsTable of(String text) {
		char separator = CsvReader.separatorOf(text);
		List<CsvRecord> records = CsvReader.read(text, separator);
		int topics = oldStatLineTopics(records);
		return topics < 0 ? plain(separator, records) : oldStatLine(separator, records, topics);
	}

	private static CbsTable plain(char separator, List<CsvRecord> records) {
		if (records.isEmpty()) {
			throw Problems.single(null, null, "Het bestand is leeg.");
		}
		CsvRecord heading = records.get(0);
		List<String> headings = heading.fields().stream().map(Cells::clean).toList();
		return new CbsTable(separator, heading.line(), headings, data(records.subList(1, records.size())), null);
	}

	/** The index of the topic line in an old StatLine file, or -1 for other layouts. */
	private static int oldStatLineTopics(List<CsvRecord> records) {
		for (int i = 0; i < Math.min(records.size() - 2, 5); i++) {
			List<String> fields = records.get(i).fields();
			if (fields.size() == 2 && Cells.clean(fields.get(0)).isEmpty()
					&& Cells.clean(fields.get(1)).equals("Onderwerp")) {
				return i + 1;
			}
		}
		return -1;
	}

	private static CbsTable oldStatLine(char separator, List<CsvRecord> records, int topicIndex) {
		CsvRecord topics = records.get(topicIndex);
		CsvRecord units = records.get(topicIndex + 1);
		if (topics.size() != units.size()) {
			throw Problems.single(units.line(), null, "de regel met eenheden heeft " + units.size()
					+ " kolommen, de regel met onderwerpen " + topics.size() + ".");
		}
		List<String> headings = new ArrayList<>();
		for (int i = 0; i < topics.size(); i++) {
			String topic = Cells.clean(topics.field(i)).replace('|', '/');
			String unit = Cells.clean(units.field(i));
			headings.add(topic.isEmpty() ? unit : topic + " (" + unit + ")");
		}
		String title = Cells.clean(records.get(0).field(0));
		List<CsvRecord> data = data(records.subList(topicIndex + 2, records.size()));
		return new CbsTable(separator, topics.line(), headings, withoutFooter(data), title);
	}

	private static List<CsvRecord> data(List<CsvRecord> records) {
		return records.stream().filter(record -> !record.isBlank()).toList();
	}

	/** Old StatLine ends with a one-cell source line such as {@code "Bron: CBS"}. */
	private static List<CsvRecord> withoutFooter(List<CsvRecord> data) {
		int end = data.size();
		while (end > 0 && data.get(end - 1).size() == 1 && Cells.clean(data.get(end - 1).field(0)).startsWith("Bron")) {
			end--;
		}
		return data.subList(0, end);
	}

}
