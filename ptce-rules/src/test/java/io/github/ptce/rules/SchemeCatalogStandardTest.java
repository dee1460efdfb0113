package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every scheme of the standard catalogue is dated, cited and bilingual: a legal or official basis
 * with an https URL, a validity window, a title and a summary in French and English, criteria that
 * each have a legal basis (at every date of the scheme's window where they apply). That every
 * scheme has at least six case files is checked with the test kit, by {@code BundledSchemesTest} of
 * ptce-testkit.
 */
class SchemeCatalogStandardTest {
  static final SchemeCatalog CATALOG = SchemeCatalog.standard();

  /** The schemes issue 5 asks for, and the legal ones before them. */
  static final Set<String> EXPECTED =
      Set.of(
          "fr.law.2014-856.art1",
          "fr.law.2014-856.art9",
          "fr.decree.2015-431.art3",
          "fr.state.ami-ptce.phase1",
          "fr.state.ami-ptce.phase2.2021",
          "fr.state.ami-ptce.phase2.2022",
          "fr.state.ami-ptce.phase2.2023",
          "fr.state.ptce-development.2025",
          "fr.state.ptce-call.2013",
          "fr.state.ptce-call.2015",
          "fr.region.hauts-de-france.cote",
          "fr.region.grand-est.initiatives-territoriales",
          "fr.region.pays-de-la-loire.ptce",
          "fr.region.ile-de-france.ami-ptce-2014",
          "fr.region.occitanie.cooperation-groupings",
          "fr.region.nouvelle-aquitaine.territorial-cooperation",
          "fr.departement.oise.ptce-support",
          "fr.network.ptce-charter");

  @Test
  void theCatalogueHasEverySchemeOfIssue5() {
    Set<String> ids = new TreeSet<>();
    CATALOG.all().forEach(s -> ids.add(s.id()));
    assertEquals(new TreeSet<>(EXPECTED), ids);
  }

  @Test
  void everySchemeIsCitedDatedAndBilingual() {
    for (Scheme scheme : CATALOG.all()) {
      String id = scheme.id();
      assertTrue(
          scheme.legalBasis().url().startsWith("https://"),
          id + ": basis URL " + scheme.legalBasis().url());
      assertFalse(scheme.legalBasis().text().isBlank(), id);
      assertTrue(scheme.version().matches("\\d+\\.\\d+\\.\\d+"), id + ": version");
      Validity window = scheme.validity();
      assertTrue(window.contains(window.from()), id + ": window " + window);
      for (Message text : List.of(scheme.title(), scheme.summary())) {
        String english = text.text(Locale.ENGLISH);
        String french = text.text(Locale.FRENCH);
        assertFalse(
            english.isBlank() || english.equals(text.key()),
            id + ": English text of " + text.key());
        assertFalse(
            french.isBlank() || french.equals(text.key()), id + ": French text of " + text.key());
        assertNotEquals(english, french, id + ": " + text.key() + " is not translated");
      }
      scheme
          .grant()
          .ifPresent(
              grant ->
                  assertNotEquals(
                      grant.description().text(Locale.ENGLISH),
                      grant.description().text(Locale.FRENCH),
                      id + ": grant description is not translated"));
      assertFalse(scheme.allCriteria().isEmpty(), id + " has criteria");
      for (Criterion criterion : scheme.allCriteria()) {
        String owner = CATALOG.schemeOf(criterion.id()).orElseThrow().id();
        assertTrue(
            owner.equals(id) || CATALOG.find(owner).orElseThrow().allCriteria().contains(criterion),
            criterion.id() + " is shared, as the same instance, with " + owner);
        for (LocalDate date : datesOf(window, criterion.validity())) {
          LegalBasis basis = criterion.legalBasis(date);
          assertFalse(basis.url().isBlank(), criterion.id() + ": basis URL at " + date);
          assertFalse(basis.text().isBlank(), criterion.id());
        }
        assertNotEquals(
            criterion.title().text(Locale.ENGLISH),
            criterion.title().text(Locale.FRENCH),
            criterion.id() + ": title is not translated");
      }
      if (scheme.legalBasis().status() == SourceStatus.SECONDARY) {
        assertTrue(scheme.legalBasis().note().isPresent(), id + ": a secondary basis says why");
      }
    }
  }

  @Test
  void noSchemeAppliesBeforeTheRegionOfItsTerritoryExists() {
    // Issue 13, item 3: COTE applied to a Lille cluster in 2015, before the Région Hauts-de-France
    // existed.
    io.github.ptce.core.territory.Geography geography =
        io.github.ptce.core.territory.Geography.bundled();
    int regional = 0;
    for (Scheme scheme : CATALOG.all()) {
      for (io.github.ptce.core.territory.RegionCode code : scheme.scope().regions()) {
        io.github.ptce.core.territory.Region region = geography.region(code).orElseThrow();
        region
            .since()
            .ifPresent(
                since ->
                    assertFalse(
                        scheme.validity().from().isBefore(since),
                        scheme.id()
                            + " applies from "
                            + scheme.validity().from()
                            + ", before "
                            + region
                            + " exists ("
                            + since
                            + ")"));
        regional += region.since().isPresent() ? 1 : 0;
      }
    }
    assertEquals(
        4, regional, "Hauts-de-France, Grand Est, Occitanie and Nouvelle-Aquitaine schemes");
    // The engine makes the same check when it is built: the standard catalogue passes it.
    EligibilityEngine.checkTerritories(CATALOG, geography);
  }

  /** The first and last days of a window where a criterion applies, and a day in between. */
  static List<LocalDate> datesOf(Validity scheme, Validity criterion) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate from = scheme.from().isAfter(criterion.from()) ? scheme.from() : criterion.from();
    LocalDate to = scheme.to().orElse(LocalDate.of(2026, 12, 31));
    if (criterion.to().isPresent() && criterion.to().get().isBefore(to)) {
      to = criterion.to().get();
    }
    if (to.isBefore(from)) {
      return dates;
    }
    dates.add(from);
    dates.add(from.plusDays((to.toEpochDay() - from.toEpochDay()) / 2));
    dates.add(to);
    return dates;
  }

  @Test
  void everyMessageFileHasTheSameKeysInFrenchAndEnglish() throws IOException, URISyntaxException {
    Path root = Path.of(SchemeCatalog.class.getResource("messages.properties").toURI()).getParent();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(p -> p.getFileName().toString().equals("messages.properties"))
          .sorted()
          .forEach(files::add);
    }
    assertTrue(files.size() >= 12, "message files found: " + files);
    for (Path english : files) {
      Path french = english.resolveSibling("messages_fr.properties");
      assertTrue(Files.exists(french), "missing " + french);
      Properties en = load(english);
      Properties fr = load(french);
      assertEquals(
          new TreeSet<>(en.stringPropertyNames()),
          new TreeSet<>(fr.stringPropertyNames()),
          "keys of " + root.relativize(english));
      for (String key : en.stringPropertyNames()) {
        assertFalse(en.getProperty(key).isBlank(), key + " is blank in English");
        assertFalse(fr.getProperty(key).isBlank(), key + " is blank in French");
      }
    }
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
