package io.github.ptce.registers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ptce.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The module's promises, checked on its bytecode. */
class ArchitectureTest {
  static final JavaClasses MODULE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.ptce.registers");

  @Test
  void theModuleWasImported() {
    assertTrue(MODULE.contain(RegisterLookup.class));
    assertTrue(MODULE.size() > 30, "classes: " + MODULE.size());
  }

  @Test
  void aPublicTypeOfAnInternalPackageIsUsedFromAnotherPackage() {
    classes()
        .that()
        .resideInAPackage("io.github.ptce.registers.internal..")
        .and()
        .arePublic()
        .should(ArchitectureRules.beUsedFromAnotherPackage())
        .because(
            "what only its package uses is package-private; the rest is not exported (module-info.java)")
        .check(MODULE);
  }

  @Test
  void duckDbStaysOutOfThePublicApi() {
    noClasses()
        .that()
        .resideInAPackage("io.github.ptce.registers")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.duckdb..")
        .because("DuckDB is an implementation detail: users see RegisterLookup and its values only")
        .check(MODULE);
  }

  @Test
  void onlyTheStockImplementationUsesDuckDbAndOnlyTheApiClientTheNetwork() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.ptce.registers.internal.stock..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.duckdb..")
        .check(MODULE);
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.ptce.registers.internal.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.net.http..")
        .check(MODULE);
  }

  @Test
  void neverTheRulesEngine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.ptce.rules..")
        .check(MODULE);
  }

  @Test
  void noStaticFieldIsMutable() {
    fields().that().areStatic().should().beFinal().check(MODULE);
  }

  @Test
  void resultsAreImmutableValues() {
    classes()
        .that()
        .resideInAPackage("io.github.ptce.registers")
        .and()
        .haveSimpleNameNotEndingWith("Builder")
        .and()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .areNotAssignableTo(Throwable.class)
        .and()
        .areTopLevelClasses()
        .should()
        .haveOnlyFinalFields()
        .check(MODULE);
  }

  @Test
  void noStackTraceIsPrinted() {
    noClasses().should().callMethod(Throwable.class, "printStackTrace").check(MODULE);
  }
}
