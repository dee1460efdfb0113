package io.github.ptce.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Violation;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.CodeStatus;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Geography;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Codes that are well formed but do not exist are violations that name the code and suggest others.
 */
class GeographyValidationTest {

  static List<Violation> violations(String json) {
    return PtceJson.standard().readCluster(json).violations();
  }

  @Test
  void anUnknownCommuneNamesTheCodeAndSuggestsNeighbours() {
    List<Violation> v =
        violations(
            """
        {"name": "P", "members": [{"stakeholder": {"id": "a", "name": "A", "kind": "ENTERPRISE", "location": "06999"}}]}""");
    assertEquals(1, v.size(), v.toString());
    assertEquals("$.members[0].stakeholder.location", v.get(0).path());
    assertEquals("commune.unknown.hint", v.get(0).code());
    assertTrue(v.get(0).message(Locale.ENGLISH).contains("06999"));
    assertTrue(
        v.get(0).message(Locale.FRENCH).contains("codes les plus proches"),
        v.get(0).message(Locale.FRENCH));
    assertFalse(v.get(0).arguments().get("suggestions").isBlank());
  }

  @Test
  void aFormerCodeIsReportedWithTheCommuneItMergedInto() {
    Geography geography = Geography.bundled();
    CommuneCode former = null;
    for (String candidate :
        List.of(
            "01001", "01002", "01003", "01004", "01005", "01006", "01007", "01008", "01009",
            "01010", "01011", "01012", "01013", "01014", "01016", "01017", "01018", "01019",
            "01020")) {
      if (geography.status(CommuneCode.parse(candidate)) == CodeStatus.FORMER) {
        former = CommuneCode.parse(candidate);
        break;
      }
    }
    assertTrue(former != null, "the data has former codes in département 01");
    List<Violation> v =
        violations("{\"name\": \"P\", \"perimeter\": {\"communes\": [\"" + former + "\"]}}");
    assertEquals(1, v.size(), v.toString());
    assertEquals("$.perimeter.communes", v.get(0).path());
    assertTrue(v.get(0).message(Locale.FRENCH).contains(former.toString()));
    assertEquals("commune.former", v.get(0).code());
    String current = geography.mergedInto(former).orElseThrow().code().toString();
    assertTrue(
        v.get(0).message(Locale.ENGLISH).contains(current), v.get(0).message(Locale.ENGLISH));
  }

  @Test
  void delegatedCommunesAndArrondissementsAreAccepted() {
    assertEquals(
        List.of(),
        violations(
            """
        {"name": "P", "perimeter": {"communes": ["75101", "69381", "13201", "06069"]}}"""));
  }

  @Test
  void unknownEpciDepartementAndRegionAreReportedTogether() {
    List<Violation> v =
        violations(
            """
        {"name": "P", "perimeter": {"epcis": ["200039857", "200039873"], "departements": ["06", "985"], "regions": ["93", "99"]}}""");
    assertEquals(
        List.of(
            "$.perimeter.departements departement.unknown",
            "$.perimeter.epcis epci.unknown",
            "$.perimeter.regions region.unknown"),
        v.stream().map(x -> x.path() + " " + x.code().replace(".hint", "")).sorted().toList(),
        v.toString());
  }

  @Test
  void aPerimeterCodeHasNoIndexTheMessageNamesIt() {
    // A perimeter is a set of codes kept in code order, not in the order of the document: an index
    // would
    // point at the wrong element, so the path ends at the array and each message names its code.
    List<Violation> v =
        violations(
            """
        {"name": "P", "perimeter": {"communes": ["06069", "06999", "2A004", "06998"]}}""");
    assertEquals(
        List.of("$.perimeter.communes", "$.perimeter.communes"),
        v.stream().map(Violation::path).toList());
    assertEquals(
        List.of("06998", "06999"),
        v.stream().map(x -> x.arguments().get("value")).sorted().toList());
  }

  @Test
  void anUnknownDepartementSuggestsTheNearestCodes() {
    List<Violation> v =
        violations(
            """
        {"name": "P", "perimeter": {"departements": ["985"]}}""");
    assertEquals(1, v.size(), v.toString());
    assertEquals("departement.unknown.hint", v.get(0).code());
    assertEquals(
        "Terres australes et antarctiques françaises (984), Wallis et Futuna (986), Polynésie française (987)",
        v.get(0).arguments().get("suggestions"));
    assertTrue(
        v.get(0).message(Locale.FRENCH).contains("codes les plus proches"),
        v.get(0).message(Locale.FRENCH));
    Geography geography = Geography.bundled();
    assertEquals(
        List.of("2A", "2B", "19"),
        geography
            .suggestDepartements(io.github.ptce.core.territory.DepartementCode.parse("2A"), 3)
            .stream()
            .map(d -> d.code().toString())
            .toList(),
        "a département that exists comes first, Corsica counts as 20");
    assertEquals(
        List.of(),
        geography.suggestDepartements(
            io.github.ptce.core.territory.DepartementCode.parse("06"), 0));
  }

  @Test
  void anotherGeographyCanBeGiven() {
    PtceJson reader = PtceJson.standard().withGeography(Geography.bundled());
    assertEquals(
        List.of(),
        reader
            .readCluster("{\"name\": \"P\", \"perimeter\": {\"communes\": [\"06069\"]}}")
            .violations());
    assertEquals(
        List.of("$.perimeter.communes commune.unknown.hint"),
        reader
            .readCluster("{\"name\": \"P\", \"perimeter\": {\"communes\": [\"06999\"]}}")
            .violations()
            .stream()
            .map(v -> v.path() + " " + v.code())
            .toList());
  }
}
