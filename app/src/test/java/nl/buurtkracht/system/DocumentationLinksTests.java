// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and CONTRIBUTING never point at files or tests that no longer exist (a renamed test
 * otherwise lingers in the docs for years).
 */
class DocumentationLinksTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

	/** A class name, not a Maven flag such as {@code -DskipTests}. */
	private static final Pattern TEST_NAME = Pattern.compile("(?<!-)\\b([A-Z][A-Za-z0-9]+(?:Integration)?Tests)\\b");

	@ParameterizedTest
	@ValueSource(strings = { "README.md", "CONTRIBUTING.md", "docs/glossary.md" })
	void relativeLinksPointAtExistingFiles(String document) throws IOException {
		Path file = ROOT.resolve(document);
		List<String> broken = new ArrayList<>();
		Matcher link = LINK.matcher(Files.readString(file));
		while (link.find()) {
			String target = link.group(1);
			if (!target.contains("://") && !target.startsWith("mailto:")
					&& !Files.exists(file.getParent().resolve(target))) {
				broken.add(target);
			}
		}
		assertThat(broken).as("broken links in " + document).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "README.md", "CONTRIBUTING.md" })
	void namedTestsExist(String document) throws IOException {
		Set<String> testClasses = testClassNames();
		Matcher name = TEST_NAME.matcher(Files.readString(ROOT.resolve(document)));
		List<String> missing = new ArrayList<>();
		while (name.find()) {
			boolean suffixOnly = name.group(1).equals("IntegrationTests");
			if (!suffixOnly && !testClasses.contains(name.group(1))) {
				missing.add(name.group(1));
			}
		}
		assertThat(missing).as("tests named in " + document + " but not found").isEmpty();
	}

	private static Set<String> testClassNames() throws IOException {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter(path -> path.toString().contains("/src/test/java/"))
				.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".java"))
				.map(name -> name.substring(0, name.length() - ".java".length()))
				.collect(Collectors.toSet());
		}
	}

}
