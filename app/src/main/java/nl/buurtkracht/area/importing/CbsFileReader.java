// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CBS CSV file in any of its layouts and checks everything that needs only the file: the
 * encoding, the separator, the columns (by label), every row's length, code, region type and values.
 * Collects all problems before it gives up, so that one upload shows them all.
 */
final class CbsFileReader {

	private static final String COUNTRY = "Nederland";

	private final String fileName;

	private final CbsTable table;

	private final CbsColumns columns;

	private final Problems problems = new Problems();

	private int skippedRows;

	private CbsFileReader(String fileName, CbsTable table) {
		this.fileName = fileName;
		this.table = table;
		this.columns = CbsColumns.of(table, problems);
	}

	static CbsFile read(String fileName, byte[] content, @Nullable Integer requestedYear) {
		CbsTable table = CbsTable.of(Utf8Text.decode(content));
		return new CbsFileReader(fileName, table).read(requestedYear);
	}

	private CbsFile read(@Nullable Integer requestedYear) {
		requireRegionColumns();
		problems.throwIfAny();
		int year = new YearOfTable(table, columns).year(fileName, requestedYear);
		List<CbsRow> rows = rows(decimalMark());
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.general("Het bestand heeft geen regels met gemeenten, wijken of buurten.");
		}
		problems.throwIfAny();
		boolean hasCodes = columns.has(RegionColumn.CODE);
		return new CbsFile(fileName, year, columns.figures(), rows, hasCodes, table.headingLine(),
				columns.heading(RegionColumn.CODE),
				hasCodes ? missingParents(rows) : Set.of(), skippedRows);
	}

	private void requireRegionColumns() {
		if (!columns.has(RegionColumn.NAME)) {
			problems.add(table.headingLine(), RegionColumn.NAME.heading(), "de kolom \"" + RegionColumn.NAME.heading()
					+ "\" met de namen van de gebieden ontbreekt.");
		}
		if (!columns.has(RegionColumn.CODE) && !columns.has(RegionColumn.MUNICIPALITY_NAME)) {
			problems.add(table.headingLine(), RegionColumn.CODE.heading(), "de kolom \"" + RegionColumn.CODE.heading()
					+ "\" met de regiocodes ontbreekt. Zonder codes kunnen we de regels niet aan gebieden koppelen, "
					+ "want namen zijn niet uniek. Download het bestand opnieuw en kies ook het onderwerp "
					+ "Regioaanduiding > Codering.");
		}
	}

	/** StatLine writes decimal points, R exports of 2019 and old StatLine decimal commas; one per file. */
	private char decimalMark() {
		for (CsvRecord record : table.rows()) {
			if (record.size() == columns.count()) {
				for (FigureColumn column : columns.figures()) {
					if (Cells.hasDecimalComma(Cells.clean(record.field(column.index())))) {
						return ',';
					}
				}
			}
		}
		return '.';
	}

	private List<CbsRow> rows(char decimalMark) {
		List<CbsRow> rows = new ArrayList<>();
		Map<AreaCode, Integer> lines = new HashMap<>();
		int position = 0;
		for (CsvRecord record : table.rows()) {
			position++;
			if (problems.isFull()) {
				break;
			}
			if (record.size() != columns.count()) {
				problems.add(record.line(), null, "deze regel heeft " + record.size() + " kolommen, de kopregel "
						+ columns.count() + ". Is de regel afgebroken, of is het scheidingsteken niet \""
						+ table.separator() + "\"?");
			}
			else if (isCountry(record)) {
				skippedRows++;
			}
			else {
				row(record, position, decimalMark, lines).ifPresent(rows::add);
			}
		}
		return rows;
	}

	private boolean isCountry(CsvRecord record) {
		String type = cell(record, RegionColumn.REGION_TYPE);
		String code = cell(record, RegionColumn.CODE);
		if (type != null || code != null) {
			return "Land".equalsIgnoreCase(type) || (code != null && code.startsWith("NL"));
		}
		return COUNTRY.equals(cell(record, RegionColumn.NAME))
				&& COUNTRY.equals(cell(record, RegionColumn.MUNICIPALITY_NAME));
	}

	private Optional<CbsRow> row(CsvRecord record, int position, char decimalMark, Map<AreaCode, Integer> lines) {
		String name = requiredCell(record, RegionColumn.NAME);
		AreaLevel type = regionType(record);
		AreaCode code = code(record, type, lines);
		List<@Nullable BigDecimal> values = values(record, decimalMark);
		if (name.isEmpty()) {
			problems.add(record.line(), columns.heading(RegionColumn.NAME), "de naam van het gebied ontbreekt.");
		}
		if (columns.has(RegionColumn.CODE) && code == null) {
			return Optional.empty();
		}
		return Optional.of(new CbsRow(record.line(), position, code, name,
				cell(record, RegionColumn.MUNICIPALITY_NAME), code == null ? type : code.level(), changeCode(record),
				values));
	}

	private @Nullable AreaLevel regionType(CsvRecord record) {
		String type = cell(record, RegionColumn.REGION_TYPE);
		if (type == null) {
			return null;
		}
		Optional<AreaLevel> level = AreaLevel.ofCbsRegionType(type);
		if (level.isEmpty()) {
			problems.add(record.line(), columns.heading(RegionColumn.REGION_TYPE), "\"" + type
					+ "\" is geen soort regio die we kennen. We verwachten Gemeente, Wijk of Buurt.");
		}
		return level.orElse(null);
	}

	private @Nullable AreaCode code(CsvRecord record, @Nullable AreaLevel type, Map<AreaCode, Integer> lines) {
		String text = cell(record, RegionColumn.CODE);
		if (text == null) {
			return null;
		}
		String field = columns.heading(RegionColumn.CODE);
		if (!AreaCode.isValid(text)) {
			problems.add(record.line(), field, "\"" + text
					+ "\" is geen geldige CBS-code. Een code ziet eruit als GM0363, WK036300 of BU03630000.");
			return null;
		}
		AreaCode code = AreaCode.of(text);
		if (type != null && type != code.level()) {
			problems.add(record.line(), field, "de code " + code + " hoort bij een "
					+ code.level().dutchWord() + ", maar de kolom \"Soort regio\" zegt " + type.cbsRegionType() + ".");
		}
		Integer earlier = lines.putIfAbsent(code, record.line());
		if (earlier != null) {
			problems.add(record.line(), field, "de code " + code + " staat ook al op regel " + earlier + ".");
		}
		return code;
	}

	private @Nullable String changeCode(CsvRecord record) {
		String code = cell(record, RegionColumn.CHANGE_CODE);
		return code == null || Cells.isMissing(code) ? null : code;
	}

	private List<@Nullable BigDecimal> values(CsvRecord record, char decimalMark) {
		List<@Nullable BigDecimal> values = new ArrayList<>(columns.figures().size());
		for (FigureColumn column : columns.figures()) {
			values.add(value(record, column, decimalMark));
		}
		return values;
	}

	private @Nullable BigDecimal value(CsvRecord record, FigureColumn column, char decimalMark) {
		String cell = Cells.clean(record.field(column.index()));
		if (Cells.isMissing(cell)) {
			return null;
		}
		if (!Cells.isNumber(cell)) {
			problems.add(record.line(), column.heading(), "\"" + cell + "\" is geen getal.");
			return null;
		}
		if (decimalMark == ',' && Cells.hasDecimalPoint(cell)) {
			problems.add(record.line(), column.heading(), "\"" + cell
					+ "\" heeft een decimale punt, maar de rest van het bestand een decimale komma.");
			return null;
		}
		return Cells.value(cell, decimalMark);
	}

	private static Set<AreaCode> missingParents(List<CbsRow> rows) {
		Set<AreaCode> codes = rows.stream().map(CbsRow::requireCode).collect(Collectors.toSet());
		Set<AreaCode> missing = new TreeSet<>();
		for (AreaCode code : codes) {
			code.parent().filter(parent -> !codes.contains(parent)).ifPresent(missing::add);
		}
		return missing;
	}

	private String requiredCell(CsvRecord record, RegionColumn role) {
		String value = cell(record, role);
		return value == null ? "" : value;
	}

	private @Nullable String cell(CsvRecord record, RegionColumn role) {
		return columns.index(role).map(index -> Cells.clean(record.field(index))).orElse(null);
	}

}
