package org.egov.itpm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries the guide sets: rules without frameworks, features through services, no cycles. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.egov.itpm");

    @Test
    void policyIsPlainJava() {
        classes().that().resideInAPackage("org.egov.itpm.policy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.egov.itpm.policy..", "java..",
                        "com.fasterxml.jackson..")
                .because("rules are plain Java over pack data, unit-tested in milliseconds")
                .check(CLASSES);
    }

    @Test
    void onlyPackLoadersUseJackson() {
        noClasses().that().resideInAPackage("org.egov.itpm.policy.rules..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        noClasses().that().resideOutsideOfPackage("org.egov.itpm.project..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.egov.itpm.project.ProjectRepository")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.egov.itpm.review..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.egov.itpm.review.ReviewRepository")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.egov.itpm.approval..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.egov.itpm.approval.ApprovalRepository")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.egov.itpm.document..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.egov.itpm.document.DocumentRepository")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.egov.itpm.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
