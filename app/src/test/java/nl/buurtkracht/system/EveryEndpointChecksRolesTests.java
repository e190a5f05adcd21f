// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every page and endpoint states who may use it: a handler method without {@code @PreAuthorize} on
 * itself or its controller fails the build, so a new endpoint can never be open by accident.
 */
class EveryEndpointChecksRolesTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.buurtkracht");

	@Test
	void everyHandlerMethodDeclaresWhoMayCallIt() {
		methods().that(areRequestHandlers())
			.should(declareAuthorization())
			.allowEmptyShould(false)
			.check(classes);
	}

	private static DescribedPredicate<JavaMethod> areRequestHandlers() {
		return DescribedPredicate.describe("are request handlers",
				method -> (method.getOwner().isAnnotatedWith(Controller.class)
						|| method.getOwner().isAnnotatedWith(RestController.class))
						&& method.isMetaAnnotatedWith(RequestMapping.class));
	}

	private static ArchCondition<JavaMethod> declareAuthorization() {
		return new ArchCondition<>("declare @PreAuthorize on the method or its controller") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean declared = method.isAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
				events.add(new SimpleConditionEvent(method, declared,
						method.getFullName() + (declared ? " declares" : " does not declare") + " @PreAuthorize"));
			}
		};
	}

}
