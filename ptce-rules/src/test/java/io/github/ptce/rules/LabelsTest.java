package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every enumerated value a person may read has a label in English and French, and a date reads
 * right in a sentence at each precision, in both languages.
 */
class LabelsTest {
  static final Locale EN = Locale.ENGLISH;
  static final Locale FR = Locale.FRENCH;

  /**
   * Enumerations no report shows to a person, each with the reason: anything else of ptce-core or
   * ptce-rules needs its labels, so that a new enumeration cannot reach a sentence as a constant
   * name.
   */
  static final Map<String, String> NOT_SHOWN =
      Map.of(
          "io.github.ptce.core.InvalidValueException$Reason",
              "reason codes of input errors, for programs",
          "io.github.ptce.core.time.PartialDate$Precision",
              "a date is shown by its text (Labels.of(PartialDate))",
          "io.github.ptce.core.territory.Coverage",
              "the territory criteria say it in their own sentences",
          "io.github.ptce.core.territory.EpciType", "names of its own (EpciType.label)",
          "io.github.ptce.core.stakeholder.SseByLegalForm",
              "the law criteria say it in their own sentences",
          "io.github.ptce.rules.TerritoryMatch", "the engine says it in its own sentences",
          "io.github.ptce.rules.spi.SseDefinition$Branch",
              "the law criteria say it in their own sentences",
          "io.github.ptce.rules.SchemeCatalog$ProviderProblem$Reason",
              "a problem for the developer, logged in English");

  @Test
  void everyEnumerationAPersonReadsIsLabelledInBothLanguages() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location -> !location.contains("-tests.jar") && !location.contains("test-classes"))
            .importPackages("io.github.ptce.core", "io.github.ptce.rules")) {
      if (!type.isEnum()
          || !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          || type.getPackageName().contains(".internal")
          || type.getPackageName().endsWith(".json")
          || NOT_SHOWN.containsKey(type.getName())) {
        continue;
      }
      for (Object constant : type.reflect().getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        checked++;
        String english = Labels.of(value).text(EN);
        String french = Labels.of(value).text(FR);
        if (!Labels.has(value) || english.equals(value.name()) && value.name().contains("_")) {
          missing.add(type.getName() + "." + value.name());
        } else if (french.isBlank() || english.isBlank()) {
          missing.add(type.getName() + "." + value.name() + " (blank)");
        }
      }
    }
    assertTrue(missing.isEmpty(), "no label: " + missing);
    assertTrue(checked > 100, "constants checked: " + checked);
  }

  @Test
  void theLabelsAreInTheReadersLanguage() {
    assertEquals(
        "grouping of local authorities",
        Labels.of(StakeholderKind.LOCAL_AUTHORITY_GROUPING).text(EN));
    assertEquals(
        "groupement de collectivités",
        Labels.of(StakeholderKind.LOCAL_AUTHORITY_GROUPING).text(FR));
    assertEquals("NON ÉLIGIBLE", Labels.of(SchemeOutcome.NOT_ELIGIBLE).text(FR));
    assertEquals(
        "partner, carrier", Labels.of(List.of(MemberRole.PARTNER, MemberRole.CARRIER)).text(EN));
    assertEquals("—", Labels.of(List.<MemberRole>of()).text(FR));
  }

  @Test
  void aDateAloneIsWrittenAsItIsKnown() {
    assertEquals("2021-03-15", Labels.of(PartialDate.parse("2021-03-15")).text(FR));
    assertEquals("March 2021", Labels.of(PartialDate.parse("2021-03")).text(EN));
    assertEquals("mars 2021", Labels.of(PartialDate.parse("2021-03")).text(FR));
    assertEquals("2021", Labels.of(PartialDate.parse("2021")).text(EN));
  }

  @Test
  void aDateInASentenceTakesThePrepositionOfItsPrecision() {
    PartialDate day = PartialDate.parse("2021-03-15");
    PartialDate month = PartialDate.parse("2021-04");
    PartialDate year = PartialDate.parse("2021");
    assertForms(Labels::on, day, "on 2021-03-15", "le 2021-03-15");
    assertForms(Labels::on, month, "in April 2021", "en avril 2021");
    assertForms(Labels::on, year, "in 2021", "en 2021");
    assertForms(Labels::since, day, "since 2021-03-15", "depuis le 2021-03-15");
    assertForms(Labels::since, month, "since April 2021", "depuis avril 2021");
    assertForms(Labels::since, year, "since 2021", "depuis 2021");
    assertForms(Labels::from, day, "from 2021-03-15", "à partir du 2021-03-15");
    assertForms(Labels::from, month, "from April 2021", "à partir d'avril 2021");
    assertForms(Labels::from, year, "from 2021", "à partir de 2021");
    assertForms(Labels::until, day, "until 2021-03-15", "jusqu'au 2021-03-15");
    assertForms(Labels::until, month, "until April 2021", "jusqu'en avril 2021");
    assertForms(Labels::until, year, "until 2021", "jusqu'en 2021");
  }

  @Test
  void aPeriodReadsRightWhateverThePrecisionOfItsEnds() {
    PartialDate day = PartialDate.parse("2020-03-02");
    PartialDate end = PartialDate.parse("2025-03-01");
    assertEquals("from 2020-03-02 to 2025-03-01", Labels.between(day, end).text(EN));
    assertEquals("du 2020-03-02 au 2025-03-01", Labels.between(day, end).text(FR));
    assertEquals(
        "du 2020-03-02 jusqu'en 2025", Labels.between(day, PartialDate.parse("2025")).text(FR));
    assertEquals(
        "from 2020-03-02 to 2025", Labels.between(day, PartialDate.parse("2025")).text(EN));
    assertEquals(
        "d'octobre 2020 jusqu'au 2025-03-01",
        Labels.between(PartialDate.parse("2020-10"), end).text(FR));
    assertEquals(
        "de 2020 à août 2025",
        Labels.between(PartialDate.parse("2020"), PartialDate.parse("2025-08")).text(FR));
  }

  @Test
  void aDatePassedToAMessageReadsAsAPointInTime() {
    assertEquals(
        Labels.on(PartialDate.parse("2021-03")).text(FR),
        Labels.text(Labels.argument(PartialDate.parse("2021-03")), FR));
    assertEquals("on 2021-03-15", Labels.text(Labels.argument(LocalDate.of(2021, 3, 15)), EN));
    assertEquals("le 2021-03-15", Labels.text(Labels.argument(LocalDate.of(2021, 3, 15)), FR));
    assertEquals("partner", Labels.text(Labels.argument(MemberRole.PARTNER), EN));
    assertNotEquals("PARTNER", Labels.text(Labels.argument(MemberRole.PARTNER), FR));
  }

  @Test
  void aLegalBasisSaysWhoPublishesItsSourceAndWhetherItIsPrimary() {
    LegalBasis basis =
        LegalBasis.builder()
            .text("Délibération de test")
            .versionDate(LocalDate.of(2025, 1, 1))
            .url("https://example.org/d")
            .publisher("Région de test")
            .published(PartialDate.parse("2024-12"))
            .primary(false)
            .status(SourceStatus.SECONDARY)
            .build();
    assertEquals("Région de test, December 2024, secondary source", basis.source().text(EN));
    assertEquals("Région de test, décembre 2024, source secondaire", basis.source().text(FR));
    assertEquals("Délibération de test (version 2025-01-01)", basis.citation());
    LegalBasis undated =
        LegalBasis.builder()
            .from(basis)
            .published(java.util.Optional.empty())
            .primary(true)
            .build();
    assertEquals("Région de test, date not recorded, primary source", undated.source().text(EN));
    assertEquals("Région de test, date non relevée, source primaire", undated.source().text(FR));
    IllegalStateException blank =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () -> LegalBasis.builder().from(basis).publisher(" ").build());
    assertTrue(blank.getMessage().contains("publisher"), blank.getMessage());
  }

  private static void assertForms(
      java.util.function.Function<PartialDate, LocalizedText> form,
      PartialDate date,
      String english,
      String french) {
    assertEquals(english, form.apply(date).text(EN));
    assertEquals(french, form.apply(date).text(FR));
  }
}
