// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.index;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The index computation stays a pure calculation: no Spring, no JDBC, no other module, no clock.
 */
class StackingIndexHasNoSpringTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.buurtkracht.monitor.index");

	@Test
	void dependsOnNothingButTheJdk() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "nl.buurtkracht.area..",
					"nl.buurtkracht.account..", "nl.buurtkracht.system..", "java.time..")
			.check(classes);
	}

}
