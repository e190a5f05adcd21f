// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no access to another module's internals) and the module
 * diagrams in {@code docs/modules/} are regenerated on every build.
 */
class ModularityTests {

	private static final Path DIAGRAMS = Path.of("../docs/modules");

	/** The engines share the base package but are plain libraries on the class path, not application modules. */
	private final ApplicationModules modules = ApplicationModules.of(BuurtkrachtApplication.class,
			JavaClass.Predicates.resideInAnyPackage("nl.buurtkracht.pb..", "nl.buurtkracht.sortition.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsToDocs() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(DIAGRAMS)) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
			}
		}
	}

	/** The documenter lists relations in hash order, different on every build; sorted, the files only change when the modules do. */
	private static List<String> relationsSorted(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines);
		int start = 0;
		while (start < sorted.size()) {
			int end = start;
			while (end < sorted.size() && sorted.get(end).startsWith("Rel(")) {
				end++;
			}
			sorted.subList(start, end).sort(null);
			start = end + 1;
		}
		return sorted;
	}

}
