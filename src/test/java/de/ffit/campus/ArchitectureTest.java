package de.ffit.campus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of DESIGN.md, read from the compiled main classes (the tests may reach anywhere): inside a
 * feature the entities know nothing of services or pages and the services nothing of pages; {@code platform},
 * which every feature uses, uses no feature; and no two features need each other, directly or round a loop.
 */
@AnalyzeClasses(packages = "de.ffit.campus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule entitiesImportNoControlOrBoundary = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
            .because("an entity keeps its own rules and is used by services and pages, never the other way round");

    @ArchTest
    static final ArchRule controlImportsNoBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("a service serves pages and resources alike and knows none of them");

    @ArchTest
    static final ArchRule platformImportsNoFeature = noClasses().that().resideInAPackage("de.ffit.campus.platform..")
            .should().dependOnClassesThat(resideInAPackage("de.ffit.campus..")
                    .and(not(resideInAPackage("de.ffit.campus.platform.."))))
            .because("every feature uses the platform; a feature that needs a hook (start-up, sign-in) implements "
                    + "or observes one the platform declares");

    @ArchTest
    static final ArchRule accountImportsNoKiosk = noClasses().that().resideInAPackage("de.ffit.campus.account..")
            .should().dependOnClassesThat().resideInAPackage("de.ffit.campus.kiosk..")
            .because("the kiosk signs its devices in through platform.security's DeviceSignIn, so the sign-in of "
                    + "people needs nothing of the kiosk (issue 23 item 1)");

    @ArchTest
    static final ArchRule nothingDependsOnHome = noClasses().that().resideOutsideOfPackage("de.ffit.campus.home..")
            .should().dependOnClassesThat().resideInAPackage("de.ffit.campus.home..")
            .because("home holds the pages that combine features: it uses them, none of them uses it");

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("de.ffit.campus.(*)..").should().beFreeOfCycles();
}
