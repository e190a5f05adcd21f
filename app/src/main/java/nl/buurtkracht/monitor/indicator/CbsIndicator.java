// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.buurtkracht.area.FigureLabel;
import nl.buurtkracht.monitor.index.Direction;
import org.jspecify.annotations.Nullable;

/**
 * The indicators the monitor derives from the CBS key figures (Kerncijfers wijken en buurten, SES-WOA). Each
 * reads figures by their normalised label, so the StatLine, R-export and old StatLine layouts all match.
 * Names, sources and definitions are in the message bundles under {@code monitor.indicator.<key>}.
 */
public enum CbsIndicator {

	INHABITANTS("inwoners", Unit.COUNT, Direction.NEUTRAL, 0, new Derivation.Published(FigureLabel.INHABITANTS)),
	AGE_0_15("leeftijd-0-15", Unit.PERCENT, Direction.NEUTRAL, 0, share("0 tot 15 jaar")),
	AGE_15_25("leeftijd-15-25", Unit.PERCENT, Direction.NEUTRAL, 0, share("15 tot 25 jaar")),
	AGE_25_45("leeftijd-25-45", Unit.PERCENT, Direction.NEUTRAL, 0, share("25 tot 45 jaar")),
	AGE_45_65("leeftijd-45-65", Unit.PERCENT, Direction.NEUTRAL, 0, share("45 tot 65 jaar")),
	AGE_65_PLUS("leeftijd-65-plus", Unit.PERCENT, Direction.NEUTRAL, 0, share("65 jaar of ouder")),
	LOW_INCOME("laag-inkomen", Unit.PERCENT, Direction.HIGHER_IS_WORSE, 2,
			new Derivation.Published("Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)")),
	SOCIAL_MINIMUM("sociaal-minimum", Unit.PERCENT, Direction.HIGHER_IS_WORSE, 2,
			new Derivation.Published("Inkomen/Inkomen van huishoudens/Huish. onder of rond sociaal minimum (%)")),
	INCOME_PER_INHABITANT("inkomen-per-inwoner", Unit.EURO_THOUSAND, Direction.HIGHER_IS_BETTER, 2,
			new Derivation.Published("Inkomen/Inkomen van personen/Gemiddeld inkomen per inwoner (x 1 000 euro)")),
	SOCIAL_ASSISTANCE("bijstand", Unit.PER_THOUSAND, Direction.HIGHER_IS_WORSE, 0,
			new Derivation.PerThousandOfWorkingAge("Sociale zekerheid/Personen per soort uitkering; Bijstand (aantal)")),
	UNEMPLOYMENT_BENEFIT("ww", Unit.PER_THOUSAND, Direction.HIGHER_IS_WORSE, 0,
			new Derivation.PerThousandOfWorkingAge("Sociale zekerheid/Personen per soort uitkering; WW (aantal)")),
	DISABILITY_BENEFIT("ao", Unit.PER_THOUSAND, Direction.HIGHER_IS_WORSE, 0,
			new Derivation.PerThousandOfWorkingAge("Sociale zekerheid/Personen per soort uitkering; AO (aantal)")),
	WOZ_VALUE("woz-waarde", Unit.EURO_THOUSAND, Direction.HIGHER_IS_BETTER, 0,
			new Derivation.Published("Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)")),
	SOCIAL_HOUSING("corporatiewoningen", Unit.PERCENT, Direction.HIGHER_IS_WORSE, 0,
			new Derivation.Published("Wonen/Woningen naar eigendom/Huurwoningen/In bezit woningcorporatie (%)")),
	OWNER_OCCUPIED("koopwoningen", Unit.PERCENT, Direction.HIGHER_IS_BETTER, 0,
			new Derivation.Published("Wonen/Woningen naar eigendom/Koopwoningen (%)")),
	SES_WOA("ses-woa", Unit.SCORE, Direction.HIGHER_IS_BETTER, 0,
			new Derivation.Published("SES-WOA/Totaalscore/Gemiddelde score (Getal)"));

	private final String key;

	private final Unit unit;

	private final Direction direction;

	private final int referenceLag;

	private final Derivation derivation;

	CbsIndicator(String key, Unit unit, Direction direction, int referenceLag, Derivation derivation) {
		this.key = key;
		this.unit = unit;
		this.direction = direction;
		this.referenceLag = referenceLag;
		this.derivation = derivation;
	}

	private static Derivation share(String ageGroup) {
		return new Derivation.ShareOfInhabitants(Derivation.age(ageGroup));
	}

	public String key() {
		return key;
	}

	public Unit unit() {
		return unit;
	}

	public Direction direction() {
		return direction;
	}

	/** Income figures of a KWB year are about the income two years earlier; the others about the year itself. */
	public int referenceLag() {
		return referenceLag;
	}

	/** The figures this indicator is computed from. */
	public List<FigureLabel> labels() {
		return derivation.labels();
	}

	/** The value for one area from its figures; empty when a figure it needs is missing. */
	public Optional<BigDecimal> derive(Function<FigureLabel, @Nullable BigDecimal> figures) {
		return derivation.value(figures);
	}

	public static Optional<CbsIndicator> byKey(String key) {
		return Arrays.stream(values()).filter(indicator -> indicator.key.equals(key)).findFirst();
	}

	public static boolean isReserved(String key) {
		return byKey(key).isPresent();
	}

}
