// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.indicator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every indicator the monitor knows: the CBS indicators (in code, texts in the message bundles) followed by
 * the local indicators an administrator defined.
 */
@Component
public class IndicatorCatalogue {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final LocalIndicators locals;

	private final MessageSource messages;

	private final Clock clock;

	/** The CBS indicators never change while the application runs; their texts are read once. */
	private volatile @Nullable List<Indicator> cbs;

	IndicatorCatalogue(LocalIndicators locals, MessageSource messages, Clock clock) {
		this.locals = locals;
		this.messages = messages;
		this.clock = clock;
	}

	public List<Indicator> all() {
		List<Indicator> all = new ArrayList<>(cbs());
		locals.all().stream().map(IndicatorCatalogue::of).forEach(all::add);
		return all;
	}

	public Optional<Indicator> find(String key) {
		return cbs().stream()
			.filter(indicator -> indicator.key().equals(key))
			.findFirst()
			.or(() -> locals.find(key).map(IndicatorCatalogue::of));
	}

	private List<Indicator> cbs() {
		List<Indicator> known = cbs;
		if (known == null) {
			known = Arrays.stream(CbsIndicator.values()).map(this::of).toList();
			cbs = known;
		}
		return known;
	}

	public List<LocalIndicatorDefinition> locals() {
		return locals.all();
	}

	public Optional<LocalIndicatorDefinition> local(String key) {
		return locals.find(key);
	}

	/** Whether a key is taken, by a CBS indicator or a local one. */
	public boolean isTaken(String key) {
		return CbsIndicator.isReserved(key) || locals.exists(key);
	}

	public void define(LocalIndicatorDefinition definition) {
		locals.insert(definition, clock.instant());
	}

	public void change(LocalIndicatorDefinition definition) {
		locals.update(definition, clock.instant());
	}

	private Indicator of(CbsIndicator cbs) {
		String prefix = "monitor.indicator." + cbs.key() + ".";
		return new Indicator(cbs.key(), text(prefix + "name", DUTCH), text(prefix + "name", Locale.ENGLISH), cbs.unit(),
				cbs.direction(), text(prefix + "source", DUTCH), text(prefix + "source", Locale.ENGLISH), Origin.CBS,
				cbs.referenceLag(), text(prefix + "definition", DUTCH), text(prefix + "definition", Locale.ENGLISH));
	}

	private static Indicator of(LocalIndicatorDefinition local) {
		return new Indicator(local.key(), local.nameNl(), local.nameEn(), local.unit(), local.direction(),
				local.source(), local.source(), Origin.LOCAL, 0, "", "");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
