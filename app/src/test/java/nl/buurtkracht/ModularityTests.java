// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no access to another module's internals) and the module
 * diagrams in {@code docs/modules/} are regenerated on every build.
 */
class ModularityTests {

	/** The engines share the base package but are plain libraries on the class path, not application modules. */
	private final ApplicationModules modules = ApplicationModules.of(BuurtkrachtApplication.class,
			JavaClass.Predicates.resideInAnyPackage("nl.buurtkracht.pb..", "nl.buurtkracht.sortition.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDiagramsToDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
