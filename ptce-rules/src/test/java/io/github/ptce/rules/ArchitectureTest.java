package io.github.ptce.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ptce.core.testing.ArchitectureRules;
import io.github.ptce.rules.spi.SchemeProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The library's promises, checked on its bytecode: no shared mutable state, no clock, no network,
 * no stack traces printed, ptce-core never knows rules exist, and the schemes are seen only through
 * the API and the SPI.
 */
class ArchitectureTest {
  static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location -> !location.contains("-tests.jar") && !location.contains("test-classes"))
          .importPackages("io.github.ptce.core", "io.github.ptce.rules");
  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location -> !location.contains("-tests.jar") && !location.contains("test-classes"))
          .importPackages("io.github.ptce.core");

  @Test
  void theRulesSeeTheWholeLibrary() {
    // A rule over no class passes vacuously: make sure both modules were imported, from jars or
    // folders.
    org.junit.jupiter.api.Assertions.assertTrue(
        LIBRARY.contain(io.github.ptce.core.cluster.Cluster.class));
    org.junit.jupiter.api.Assertions.assertTrue(LIBRARY.contain(EligibilityEngine.class));
    org.junit.jupiter.api.Assertions.assertTrue(CORE.size() > 100, "core classes: " + CORE.size());
  }

  @Test
  void noStaticFieldIsMutable() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .because(
            "engines, geography and validators are shared across threads: no static state may change")
        .check(LIBRARY);
  }

  @Test
  void nothingReadsTheClock() {
    noClasses()
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Clock.class)
        .because("the evaluation date is always an argument")
        .check(LIBRARY);
  }

  @Test
  void nothingTouchesTheNetwork() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net.http..", "javax.net..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.URLConnection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.HttpURLConnection")
        .because("the library works offline: its reference data is bundled")
        .check(LIBRARY);
  }

  @Test
  void noStackTraceIsPrinted() {
    noClasses()
        .should()
        .callMethod(Throwable.class, "printStackTrace")
        .because("errors are reported as data or as exceptions with clear messages")
        .check(LIBRARY);
  }

  @Test
  void onlyTheSchemePackagesKnowTheSchemes() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.ptce.rules.schemes..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.ptce.rules.schemes..")
        .because(
            "the engine, the SPI and the renderers see schemes only through the catalogue: a scheme of one's "
                + "own is no different from a bundled one")
        .check(LIBRARY);
  }

  @Test
  void aSchemePackageUsesOnlyTheApiAndTheSpi() {
    slices()
        .matching("io.github.ptce.rules.schemes.(*)..")
        .should()
        .notDependOnEachOther()
        .because("a scheme package is what a contributor would ship in a jar of its own")
        .check(LIBRARY);
  }

  @Test
  void theOnlyPublicTypesOfTheSchemePackagesAreTheirProviders() {
    classes()
        .that()
        .resideInAPackage("io.github.ptce.rules.schemes..")
        .and()
        .arePublic()
        .should()
        .implement(SchemeProvider.class)
        .andShould()
        .haveOnlyFinalFields()
        .because(
            "the service loader needs the provider public; everything else is the scheme's own business")
        .check(LIBRARY);
  }

  @Test
  void aPublicTypeOfAnInternalPackageIsUsedFromAnotherPackage() {
    classes()
        .that()
        .resideInAPackage("io.github.ptce..internal..")
        .and()
        .arePublic()
        .should(ArchitectureRules.beUsedFromAnotherPackage())
        .because(
            "what only its package uses is package-private; the rest is exported to ptce's modules only")
        .check(LIBRARY);
  }

  @Test
  void theCoreNeverKnowsRulesExist() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.ptce.rules..")
        .check(CORE);
  }
}
