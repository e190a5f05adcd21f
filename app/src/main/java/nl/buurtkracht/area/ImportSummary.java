// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import stored, kept as the summary of its background job.
 *
 * @param municipalities gemeenten written (areas and figures, or boundaries)
 * @param figures values stored; suppressed values are not counted because they are not stored
 * @param skipped rows or features not stored on purpose: the country row, the pseudo-gemeente Buitenland
 * @param joinedByPosition a file without codes, joined row by row to the earlier file of its year
 */
public record ImportSummary(int year, int municipalities, int districts, int neighbourhoods, long figures,
		int skipped, boolean joinedByPosition) {

	/** Counts the codes per level. */
	public static ImportSummary of(int year, Collection<AreaCode> codes, long figures, int skipped,
			boolean joinedByPosition) {
		return new ImportSummary(year, count(codes, AreaLevel.MUNICIPALITY), count(codes, AreaLevel.DISTRICT),
				count(codes, AreaLevel.NEIGHBOURHOOD), figures, skipped, joinedByPosition);
	}

	private static int count(Collection<AreaCode> codes, AreaLevel level) {
		return (int) codes.stream().filter(code -> code.level() == level).count();
	}

	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("year", year);
		map.put("municipalities", municipalities);
		map.put("districts", districts);
		map.put("neighbourhoods", neighbourhoods);
		map.put("figures", figures);
		map.put("skipped", skipped);
		map.put("joinedByPosition", joinedByPosition);
		return map;
	}

	/** Reads a job's summary back; an empty map (a failed job) gives zeros. */
	public static ImportSummary of(Map<String, Object> map) {
		return new ImportSummary(number(map, "year").intValue(), number(map, "municipalities").intValue(),
				number(map, "districts").intValue(), number(map, "neighbourhoods").intValue(),
				number(map, "figures").longValue(), number(map, "skipped").intValue(),
				Boolean.TRUE.equals(map.get("joinedByPosition")));
	}

	private static Number number(Map<String, Object> map, String key) {
		return map.get(key) instanceof Number number ? number : 0;
	}

}
