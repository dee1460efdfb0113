package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.id.Siren;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

/** Name search and "did you mean" suggestions. */
class GeographySearchTest {
  private static final Geography GEO = Geography.bundled();

  private static List<String> codes(List<Commune> communes) {
    return communes.stream().map(c -> c.code().toString()).toList();
  }

  @Test
  void foldingIgnoresCaseAccentsAndPunctuation() {
    assertEquals("liledyeu", NameIndex.fold("L'Île-d'Yeu"));
    assertEquals("liledyeu", NameIndex.fold("l ile d yeu"));
    assertEquals("liledyeu", NameIndex.fold("L’ILE D’YEU"));
    assertEquals("oeuilly", NameIndex.fold("Œuilly"));
    assertEquals("saintetienne", NameIndex.fold("SAINT-ÉTIENNE"));
    assertEquals("", NameIndex.fold(" - ' "));
  }

  @Test
  void exactBeforePrefixBeforeContainsThenPopulation() {
    List<Commune> found = GEO.searchCommunes("saint denis", 50);
    // Every exact "Saint-Denis" comes first, the most populous first (La Réunion, then
    // Seine-Saint-Denis).
    assertEquals(List.of("97411", "93066"), codes(found.subList(0, 2)));
    int exact = 0;
    while (NameIndex.fold(found.get(exact).name()).equals("saintdenis")) {
      exact++;
    }
    assertTrue(exact >= 2);
    for (int i = 0; i < found.size(); i++) {
      String name = NameIndex.fold(found.get(i).name());
      assertTrue(name.contains("saintdenis"));
      if (i >= exact) {
        assertTrue(!name.equals("saintdenis"));
      }
      if (i > 0 && rank(found.get(i - 1)) == rank(found.get(i))) {
        assertTrue(found.get(i - 1).population() >= found.get(i).population());
      }
      if (i > 0) {
        assertTrue(rank(found.get(i - 1)) <= rank(found.get(i)));
      }
    }
  }

  private static int rank(Commune c) {
    String name = NameIndex.fold(c.name());
    return name.equals("saintdenis") ? 0 : name.startsWith("saintdenis") ? 1 : 2;
  }

  @Test
  void searchFindsAccentedAndHyphenatedNames() {
    assertEquals(List.of("85113"), codes(GEO.searchCommunes("lile dyeu", 5)));
    assertEquals("06069", GEO.searchCommunes("GRASSE", 1).get(0).code().toString());
    assertEquals("59350", GEO.searchCommunes("lille", 1).get(0).code().toString());
    assertEquals(List.of(), GEO.searchCommunes("zzzzqqq", 5));
    assertEquals(List.of(), GEO.searchCommunes("  -' ", 5));
    assertEquals(List.of(), GEO.searchCommunes("paris", 0));
    assertEquals(3, GEO.searchCommunes("a", 3).size());
    assertThrows(IllegalArgumentException.class, () -> GEO.searchCommunes("paris", -1));
  }

  @Test
  void everyCommuneFindsItselfByName() {
    QuickTheory.qt()
        .withFixedSeed(7L)
        .withExamples(200)
        .forAll(Generate.pick(GEO.communes()))
        .checkAssert(
            c -> {
              List<Commune> found = GEO.searchCommunes(c.name(), 100);
              assertTrue(found.contains(c), c.toString());
              assertEquals(NameIndex.fold(c.name()), NameIndex.fold(found.get(0).name()));
            });
  }

  @Test
  void searchEpcis() {
    assertEquals("200039857", GEO.searchEpcis("pays de grasse", 1).get(0).code().toString());
    assertEquals(
        "200093201", GEO.searchEpcis("métropole européenne de lille", 3).get(0).code().toString());
    List<Epci> metropoles = GEO.searchEpcis("metropole", 100);
    for (int i = 1; i < metropoles.size(); i++) {
      boolean samePrefixRank =
          NameIndex.fold(metropoles.get(i - 1).name()).startsWith("metropole")
              == NameIndex.fold(metropoles.get(i).name()).startsWith("metropole");
      if (samePrefixRank) {
        assertTrue(metropoles.get(i - 1).population() >= metropoles.get(i).population());
      }
    }
    assertThrows(IllegalArgumentException.class, () -> GEO.searchEpcis("x", -2));
  }

  @Test
  void suggestionsForATypo() {
    // 06096 exists (Pierlas); 06999 does not: its neighbours in the Alpes-Maritimes are suggested.
    List<Commune> suggestions = GEO.suggestCommunes(CommuneCode.parse("06999"), 3);
    assertEquals(3, suggestions.size());
    for (Commune c : suggestions) {
      assertEquals("06", c.departement().toString());
    }
    int previous = -1;
    for (Commune c : suggestions) {
      int distance = 6999 - Integer.parseInt(c.code().toString().substring(2));
      assertTrue(distance >= previous);
      previous = distance;
    }
    // The code itself when it exists, then nearest first, the lower code on a tie.
    assertEquals(
        List.of("06070", "06069", "06071", "06068"),
        codes(GEO.suggestCommunes(CommuneCode.parse("06070"), 4)));
    assertEquals(List.of(), GEO.suggestCommunes(CommuneCode.parse("06999"), 0));
    assertThrows(
        IllegalArgumentException.class, () -> GEO.suggestCommunes(CommuneCode.parse("06999"), -1));
  }

  @Test
  void suggestionsStartWithWhatTheCodeStandsFor() {
    assertEquals(
        "01033", GEO.suggestCommunes(CommuneCode.parse("01126"), 5).get(0).code().toString());
    assertEquals(
        "75056", GEO.suggestCommunes(CommuneCode.parse("75101"), 5).get(0).code().toString());
    assertEquals(
        "59545", GEO.suggestCommunes(CommuneCode.parse("02285"), 5).get(0).code().toString());
    List<Commune> grasse = GEO.suggestCommunes(CommuneCode.parse("06069"), 3);
    assertEquals(List.of("06069", "06068", "06070"), codes(grasse));
    assertEquals(5, GEO.suggestCommunes(CommuneCode.parse("01126"), 5).stream().distinct().count());
  }

  @Test
  void noSuggestionOutsideTheData() {
    // 985 is a valid prefix syntactically, but the data has no commune under it.
    assertEquals(List.of(), GEO.suggestCommunes(CommuneCode.parse("98501"), 5));
  }

  @Test
  void epciSuggestions() {
    EpciCode grasse = EpciCode.parse("200039857");
    assertEquals(grasse, GEO.suggestEpcis(grasse, 3).get(0).code());
    // Grasse's own SIREN (the commune's, not the agglomeration's) leads to its EPCI.
    assertEquals(grasse, GEO.suggestEpcis(EpciCode.parse("210600698"), 3).get(0).code());
    // The Luhn key catches every swap of neighbouring digits but 09 <-> 90: such swaps of real EPCI
    // codes
    // give valid SIRENs that no EPCI has, and the EPCI must be suggested.
    int swaps = 0;
    for (Epci e : GEO.epcis()) {
      String digits = e.code().toString();
      for (int i = 0; i + 1 < digits.length(); i++) {
        String swapped =
            digits.substring(0, i)
                + digits.charAt(i + 1)
                + digits.charAt(i)
                + digits.substring(i + 2);
        if (!swapped.equals(digits)
            && Siren.isValid(swapped)
            && GEO.epci(EpciCode.parse(swapped)).isEmpty()) {
          List<Epci> suggested = GEO.suggestEpcis(EpciCode.parse(swapped), 3);
          assertTrue(suggested.contains(e), swapped + " -> " + suggested);
          swaps++;
        }
      }
    }
    assertTrue(swaps > 10, "swapped codes tried: " + swaps);
    assertEquals(List.of(), GEO.suggestEpcis(grasse, 0));
    assertThrows(IllegalArgumentException.class, () -> GEO.suggestEpcis(grasse, -1));
  }
}
