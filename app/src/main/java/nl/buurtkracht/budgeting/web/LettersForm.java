// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.buurtkracht.budgeting.ResidenceVerification;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Letters for a buurt: a list of addresses (one block of lines per address, blocks separated by an empty line)
 * or just a number of letters, and the last day the codes work.
 */
record LettersForm(@NotBlank(message = "{budgeting.letters.neighbourhood.invalid}") String neighbourhoodCode,
		@Min(value = 1, message = "{budgeting.letters.count.range}") @Max(value = ResidenceVerification.MAX_LETTERS, message = "{budgeting.letters.count.range}") @Nullable Integer count,
		@Size(max = 400_000, message = "{budgeting.letters.addresses.size}") @Nullable String addresses,
		@NotNull(message = "{budgeting.form.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastValidDay) {

	static LettersForm proposal(LocalDate today) {
		return new LettersForm("", 100, "", today.plusWeeks(8));
	}

	String neighbourhood() {
		return neighbourhoodCode.strip().toUpperCase(Locale.ROOT);
	}

	List<List<String>> addressBlocks() {
		if (addresses == null || addresses.isBlank()) {
			return List.of();
		}
		List<List<String>> blocks = new ArrayList<>();
		for (String block : addresses.strip().split("\\R\\s*\\R")) {
			List<String> lines = Arrays.stream(block.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
			if (!lines.isEmpty()) {
				blocks.add(lines);
			}
		}
		return blocks;
	}

}
