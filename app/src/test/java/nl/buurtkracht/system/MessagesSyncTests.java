// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text lives in {@code messages_nl.properties} and {@code messages_en.properties}: both hold the
 * same keys, every key a template names exists, and no template carries hard-coded text.
 */
class MessagesSyncTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	private static final Pattern TAG = Pattern
		.compile("<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", Pattern.DOTALL);

	private static final Pattern HUMAN_ATTRIBUTE = Pattern
		.compile("\\s(aria-label|title|alt|placeholder|aria-description)=\"([^\"]*)\"");

	private static final Set<String> VOID_ELEMENTS = Set.of("meta", "link", "input", "br", "img", "hr", "source",
			"area", "base", "col", "wbr", "path", "circle", "rect", "polygon");

	private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace",
			"th:remove", "sec:authentication");

	@Test
	void dutchAndEnglishHaveTheSameKeys() {
		Set<String> dutch = keys("messages_nl.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(difference(dutch, english)).as("keys only in messages_nl.properties").isEmpty();
		assertThat(difference(english, dutch)).as("keys only in messages_en.properties").isEmpty();
	}

	@Test
	void noMessageIsEmpty() {
		for (String bundle : List.of("messages_nl.properties", "messages_en.properties")) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames())
				.as("empty messages in " + bundle)
				.filteredOn(key -> properties.getProperty(key).isBlank())
				.isEmpty();
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> known = keys("messages_nl.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing in the bundles").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			problems.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(problems).as("hard-coded text in templates; move it to the message bundles").isEmpty();
	}

	@Test
	void detectsHardCodedTextAndAttributes() {
		assertThat(hardCodedText("t", "<p>Hallo</p><p th:text=\"#{a}\">Hallo</p>")).hasSize(1);
		assertThat(hardCodedText("t", "<a aria-label=\"Sluiten\" href=\"#\" th:text=\"#{b}\">x</a>")).hasSize(1);
		assertThat(hardCodedText("t", "<div th:text=\"#{a}\"><span>Voorbeeld</span></div>")).isEmpty();
		assertThat(hardCodedText("t", "<nav th:if=\"${n > 1}\" th:text=\"#{a}\">Tekst</nav>")).isEmpty();
		assertThat(hardCodedText("t", "<html th:replace=\"~{layout :: page(~{::main})}\"><main><p>Hallo</p></main></html>"))
			.hasSize(1);
	}

	/** Text outside elements whose content Thymeleaf replaces, and human-readable attributes without th:. */
	static List<String> hardCodedText(String name, String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)<script\\b.*?</script>", "")
			.replaceAll("(?s)<style\\b.*?</style>", "");
		List<String> problems = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher tag = TAG.matcher(source);
		int textStart = 0;
		while (tag.find()) {
			checkText(name, source.substring(textStart, tag.start()), replaced, problems);
			textStart = tag.end();
			String element = tag.group(2).toLowerCase();
			String attributes = tag.group(3);
			if (element.startsWith("!")) {
				continue;
			}
			Matcher human = HUMAN_ATTRIBUTE.matcher(attributes);
			while (human.find()) {
				if (containsWords(human.group(2))) {
					problems.add(name + ": attribute " + human.group(1) + "=\"" + human.group(2) + "\"");
				}
			}
			if (tag.group(1).equals("/")) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else if (tag.group(4).isEmpty() && !VOID_ELEMENTS.contains(element)) {
				// On <html>, th:replace hands this page's own content to the layout: that content still counts.
				boolean self = !element.equals("html")
						&& REPLACING_ATTRIBUTES.stream().anyMatch(a -> attributes.contains(a + "="));
				replaced.push(self || (!replaced.isEmpty() && replaced.peek()));
			}
		}
		return problems;
	}

	private static void checkText(String name, String text, Deque<Boolean> replaced, List<String> problems) {
		String trimmed = text.strip();
		boolean insideReplaced = !replaced.isEmpty() && replaced.peek();
		if (!insideReplaced && containsWords(trimmed) && !trimmed.startsWith("[[") && !trimmed.startsWith("[(")) {
			problems.add(name + ": \"" + trimmed + "\"");
		}
	}

	private static boolean containsWords(String text) {
		return text.codePoints().filter(Character::isLetter).count() >= 2 && !text.startsWith("${")
				&& !text.startsWith("#{") && !text.startsWith("@{") && !text.startsWith("*{");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String bundle) {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", bundle))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
