// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import nl.buurtkracht.monitor.index.Direction;
import nl.buurtkracht.monitor.index.Domain;
import nl.buurtkracht.monitor.indicator.LocalIndicatorDefinition;
import nl.buurtkracht.monitor.indicator.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What an administrator fills in for a local indicator: the key used in upload files, names in Dutch and
 * English, unit, direction, source, and the index domain it counts in (or none).
 */
record LocalIndicatorForm(@Nullable String key, @Nullable String nameNl, @Nullable String nameEn,
		@Nullable String unit, @Nullable String direction, @Nullable String source, @Nullable String domain) {

	static LocalIndicatorForm empty() {
		return new LocalIndicatorForm("", "", "", Unit.PERCENT.name(), Direction.HIGHER_IS_WORSE.name(), "", "");
	}

	static LocalIndicatorForm of(LocalIndicatorDefinition definition, @Nullable Domain domain) {
		return new LocalIndicatorForm(definition.key(), definition.nameNl(), definition.nameEn(),
				definition.unit().name(), definition.direction().name(), definition.source(),
				domain == null ? "" : domain.name());
	}

	/** The definition when every field is right; otherwise the errors are recorded. */
	Optional<LocalIndicatorDefinition> validate(Errors errors, @Nullable String fixedKey) {
		String chosenKey = fixedKey != null ? fixedKey : clean(key).toLowerCase(Locale.ROOT);
		if (fixedKey == null && (!LocalIndicatorDefinition.KEY.matcher(chosenKey).matches()
				|| chosenKey.length() > LocalIndicatorDefinition.MAX_KEY)) {
			errors.rejectValue("key", "monitor.admin.indicator.error.key");
		}
		text(errors, "nameNl", nameNl);
		text(errors, "nameEn", nameEn);
		text(errors, "source", source);
		Optional<Unit> parsedUnit = parse(Unit.class, unit);
		if (parsedUnit.isEmpty()) {
			errors.rejectValue("unit", "monitor.admin.indicator.error.unit");
		}
		Optional<Direction> parsedDirection = parse(Direction.class, direction).filter(Direction::isDirected);
		if (parsedDirection.isEmpty()) {
			errors.rejectValue("direction", "monitor.admin.indicator.error.direction");
		}
		if (!clean(domain).isEmpty() && chosenDomain().isEmpty()) {
			errors.rejectValue("domain", "monitor.admin.indicator.error.domain");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new LocalIndicatorDefinition(chosenKey, clean(nameNl), clean(nameEn), parsedUnit.get(),
				parsedDirection.get(), clean(source)));
	}

	Optional<Domain> chosenDomain() {
		return parse(Domain.class, domain);
	}

	private static void text(Errors errors, String field, @Nullable String value) {
		String text = clean(value);
		if (text.isEmpty() || text.length() > LocalIndicatorDefinition.MAX_TEXT) {
			errors.rejectValue(field, "monitor.admin.indicator.error." + field);
		}
	}

	private static String clean(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String name) {
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
	}

}
