// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark data: the national KWB 2024 file (population and age groups only) with generated values for
 * every indicator of the index, so that the index can be measured at national scale. The values follow a
 * latent deprivation {@code z} (a gemeente part, a wijk part and a buurt part, each normally distributed)
 * with noise, within realistic ranges: low income around 8 %, WOZ around € 330,000, corporation housing
 * around 28 %, bijstand around 30 per 1,000. Areas under 100 inhabitants get "." (suppressed) for income
 * and benefits, as CBS does, and about 3 % of the rest too. Seeded, so every run generates the same file.
 */
final class SyntheticKwb {

	private static final String[] EXTRA = { "Wonen/Gemiddelde WOZ-waarde van woningen (x 1 000 euro)",
			"Wonen/Woningen naar eigendom/Koopwoningen (%)",
			"Wonen/Woningen naar eigendom/Huurwoningen/In bezit woningcorporatie (%)",
			"Inkomen/Inkomen van personen/Gemiddeld inkomen per inwoner (x 1 000 euro)",
			"Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)",
			"Inkomen/Inkomen van huishoudens/Huish. onder of rond sociaal minimum (%)",
			"Sociale zekerheid/Personen per soort uitkering; Bijstand (aantal)",
			"Sociale zekerheid/Personen per soort uitkering; AO (aantal)",
			"Sociale zekerheid/Personen per soort uitkering; WW (aantal)" };

	private SyntheticKwb() {
	}

	/** The lines of the national file, each with the generated columns appended; UTF-8 with BOM. */
	static byte[] enrich(List<String> lines, long seed) {
		Random random = new Random(seed);
		Map<String, Double> latent = new HashMap<>();
		StringBuilder out = new StringBuilder();
		String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0) : "\uFEFF" + lines.get(0);
		out.append(header);
		for (String extra : EXTRA) {
			out.append(";\"").append(extra).append('"');
		}
		out.append("\r\n");
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			List<String> fields = split(line);
			String code = fields.get(3).replace("\"", "").strip();
			out.append(line);
			if (!code.matches("(GM|WK|BU).*")) {
				out.append(";.".repeat(EXTRA.length)).append("\r\n");
				continue;
			}
			double z = latent(code, latent, random);
			int inhabitants = Integer.parseInt(fields.get(5).strip());
			int workingAge = Integer.parseInt(fields.get(9).strip()) + Integer.parseInt(fields.get(10).strip())
					+ Integer.parseInt(fields.get(11).strip());
			boolean suppressed = inhabitants < 100 || random.nextInt(100) < 3;
			double corporation = clamp(28 + 15 * z + 6 * random.nextGaussian(), 0, 95);
			double lowIncome = clamp(8 + 4.5 * z + 1.5 * random.nextGaussian(), 0.5, 45);
			out.append(';').append(inhabitants == 0 ? "." : whole(clamp(330 * Math.exp(-0.25 * z + 0.15 * random.nextGaussian()), 80, 2500)));
			out.append(';').append(inhabitants == 0 ? "." : one(clamp(100 - corporation - 15 + 5 * random.nextGaussian(), 0, 100)));
			out.append(';').append(inhabitants == 0 ? "." : one(corporation));
			out.append(';').append(suppressed ? "." : one(clamp(30 - 5 * z + 2 * random.nextGaussian(), 12, 90)));
			out.append(';').append(suppressed ? "." : one(lowIncome));
			out.append(';').append(suppressed ? "." : one(clamp(0.75 * lowIncome + random.nextGaussian(), 0.3, 40)));
			out.append(';').append(suppressed ? "." : tens(workingAge * clamp(0.03 + 0.018 * z, 0.001, 0.2)));
			out.append(';').append(suppressed ? "." : tens(workingAge * clamp(0.06 + 0.015 * z, 0.005, 0.2)));
			out.append(';').append(suppressed ? "." : tens(workingAge * clamp(0.018 + 0.004 * z, 0.002, 0.08)));
			out.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A gemeente part, plus a wijk part for wijken and buurten, plus a buurt part for buurten. */
	private static double latent(String code, Map<String, Double> parts, Random random) {
		String digits = code.substring(2);
		double z = part("GM" + digits.substring(0, 4), parts, random, 0.8);
		if (digits.length() >= 6) {
			z += part("WK" + digits.substring(0, 6), parts, random, 0.6);
		}
		if (digits.length() >= 8) {
			z += part("BU" + digits, parts, random, 0.6);
		}
		return z;
	}

	private static double part(String key, Map<String, Double> parts, Random random, double spread) {
		return parts.computeIfAbsent(key, k -> spread * random.nextGaussian());
	}

	private static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ';' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
				continue;
			}
			field.append(c);
		}
		fields.add(field.toString());
		return fields;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static String one(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String whole(double value) {
		return Long.toString(Math.round(value));
	}

	private static String tens(double value) {
		return Long.toString(Math.round(value / 10) * 10);
	}

}
