package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Perimeter semantics: what a resolved perimeter covers, its population, régions and left-out
 * codes.
 */
class ResolvedPerimeterTest {
  private static final Geography GEO = Geography.bundled();
  private static final long SEED = 20_260_101L;

  private static final List<CommuneCode> COMMUNES =
      GEO.communes().stream().map(Commune::code).toList();
  private static final List<EpciCode> EPCIS = GEO.epcis().stream().map(Epci::code).toList();
  private static final List<DepartementCode> DEPARTEMENTS =
      GEO.departements().stream().map(Departement::code).toList();

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(100);
  }

  /** A perimeter of 1–4 communes, 0–3 EPCIs and 0–1 département, drawn from the data. */
  private static Gen<Perimeter> perimeters() {
    Gen<List<CommuneCode>> communes = lists().of(Generate.pick(COMMUNES)).ofSizeBetween(1, 4);
    Gen<List<EpciCode>> epcis = lists().of(Generate.pick(EPCIS)).ofSizeBetween(0, 3);
    Gen<List<DepartementCode>> departements =
        lists().of(Generate.pick(DEPARTEMENTS)).ofSizeBetween(0, 1);
    return communes.zip(
        epcis,
        departements,
        (c, e, d) ->
            Perimeter.builder().addAllCommunes(c).addAllEpcis(e).addAllDepartements(d).build());
  }

  private static CommuneCode commune(String code) {
    return CommuneCode.parse(code);
  }

  @Test
  void everyCommuneIsInItsDepartementAndRegion() {
    List<ResolvedPerimeter> departements = new ArrayList<>();
    for (Departement d : GEO.departements()) {
      departements.add(GEO.resolve(Perimeter.builder().addDepartements(d.code()).build()));
    }
    List<ResolvedPerimeter> regions = new ArrayList<>();
    for (Region r : GEO.regions()) {
      regions.add(GEO.resolve(Perimeter.builder().addRegions(r.code()).build()));
    }
    int covered = 0;
    for (Commune c : GEO.communes()) {
      int d = DEPARTEMENTS.indexOf(c.departement());
      int r = GEO.regions().stream().map(Region::code).toList().indexOf(c.region());
      assertTrue(departements.get(d).contains(c.code()), c.toString());
      assertTrue(regions.get(r).contains(c.code()), c.toString());
      assertTrue(regions.get(r).isWithin(c.region()));
      covered++;
    }
    assertEquals(GEO.communeCount(), covered);
    assertEquals(
        GEO.communeCount(), regions.stream().mapToInt(ResolvedPerimeter::communeCount).sum());
  }

  @Test
  void randomCommunesAreInTheirOwnPerimeters() {
    qt().forAll(Generate.pick(COMMUNES))
        .checkAssert(
            code -> {
              Commune c = GEO.commune(code).orElseThrow();
              assertTrue(
                  GEO.contains(Perimeter.builder().addDepartements(c.departement()).build(), code));
              assertTrue(GEO.contains(Perimeter.builder().addRegions(c.region()).build(), code));
              c.epci().ifPresent(e -> assertTrue(GEO.contains(Perimeter.ofEpcis(e), code)));
              assertTrue(GEO.contains(Perimeter.ofCommunes(code), code));
              assertEquals(c.population(), GEO.population(Perimeter.ofCommunes(code)));
            });
  }

  @Test
  void populationOfDisjointPartsAddsUp() {
    // EPCIs are disjoint: the population of a union of EPCIs is the sum of theirs.
    qt().forAll(lists().of(Generate.pick(EPCIS)).ofSizeBetween(1, 20))
        .checkAssert(
            codes -> {
              long sum =
                  new HashSet<>(codes)
                      .stream().mapToLong(e -> GEO.epci(e).orElseThrow().population()).sum();
              assertEquals(sum, GEO.population(Perimeter.builder().addAllEpcis(codes).build()));
            });
    // Any perimeter split into two disjoint sets of communes.
    qt().forAll(perimeters(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (perimeter, salt) -> {
              ResolvedPerimeter whole = GEO.resolve(perimeter);
              List<CommuneCode> left = new ArrayList<>();
              List<CommuneCode> right = new ArrayList<>();
              Random split = new Random(salt);
              whole.communes().forEach(c -> (split.nextBoolean() ? left : right).add(c));
              long parts =
                  (left.isEmpty()
                          ? 0
                          : GEO.population(Perimeter.builder().addAllCommunes(left).build()))
                      + (right.isEmpty()
                          ? 0
                          : GEO.population(Perimeter.builder().addAllCommunes(right).build()));
              assertEquals(whole.population(), parts);
            });
  }

  @Test
  void unionPopulationIsInclusionExclusion() {
    qt().forAll(perimeters(), perimeters())
        .checkAssert(
            (a, b) -> {
              ResolvedPerimeter ra = GEO.resolve(a);
              ResolvedPerimeter rb = GEO.resolve(b);
              Perimeter union =
                  Perimeter.builder()
                      .from(a)
                      .addAllCommunes(b.communes())
                      .addAllEpcis(b.epcis())
                      .addAllDepartements(b.departements())
                      .addAllRegions(b.regions())
                      .build();
              long both = 0;
              for (CommuneCode c : ra.communes()) {
                if (rb.contains(c)) {
                  both += GEO.commune(c).orElseThrow().population();
                }
              }
              assertEquals(ra.population() + rb.population() - both, GEO.population(union));
            });
  }

  @Test
  void resolveIsOrderIndependentAndIdempotent() {
    qt().forAll(perimeters(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (perimeter, salt) -> {
              ResolvedPerimeter resolved = GEO.resolve(perimeter);
              List<CommuneCode> communes = new ArrayList<>(perimeter.communes());
              List<EpciCode> epcis = new ArrayList<>(perimeter.epcis());
              Collections.shuffle(communes, new Random(salt));
              Collections.shuffle(epcis, new Random(salt));
              Perimeter shuffled =
                  Perimeter.builder()
                      .addAllEpcis(epcis)
                      .addAllDepartements(perimeter.departements())
                      .addAllCommunes(communes)
                      .build();
              assertEquals(resolved, GEO.resolve(shuffled));
              assertEquals(resolved, GEO.resolve(perimeter));
              // Re-resolving the communes covered gives the same set.
              ResolvedPerimeter again =
                  GEO.resolve(Perimeter.builder().addAllCommunes(resolved.communes()).build());
              assertEquals(resolved, again);
              assertEquals(resolved.hashCode(), again.hashCode());
              assertEquals(resolved.population(), again.population());
              assertEquals(resolved.regions(), again.regions());
              // The list is sorted, without duplicates, and agrees with contains.
              List<CommuneCode> list = resolved.communes();
              assertEquals(resolved.communeCount(), list.size());
              for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).compareTo(list.get(i)) < 0);
              }
              list.forEach(c -> assertTrue(resolved.contains(c)));
              assertEquals(list, GEO.communesOf(perimeter).stream().map(Commune::code).toList());
              assertEquals(
                  list.stream().mapToLong(c -> GEO.commune(c).orElseThrow().population()).sum(),
                  resolved.population());
            });
  }

  @Test
  void containsAgreesWithTheCommuneList() {
    ResolvedPerimeter grasse = GEO.resolve(Perimeter.ofEpcis(EpciCode.parse("200039857")));
    Set<CommuneCode> members = new HashSet<>(grasse.communes());
    qt().forAll(Generate.pick(COMMUNES))
        .checkAssert(c -> assertEquals(members.contains(c), grasse.contains(c)));
  }

  @Test
  void arrondissementsAreInsideParis() {
    ResolvedPerimeter paris = GEO.resolve(Perimeter.ofCommunes(commune("75056")));
    assertEquals(List.of(commune("75056")), paris.communes());
    for (int a = 1; a <= 20; a++) {
      assertTrue(paris.contains(commune(String.format(Locale.ROOT, "751%02d", a))));
    }
    assertFalse(paris.contains(commune("69381")));
    assertFalse(paris.contains(commune("13201")));
    assertTrue(paris.isWithin(RegionCode.parse("11")));
    assertEquals(GEO.commune(commune("75056")).orElseThrow().population(), paris.population());
    assertEquals(Set.of(), paris.arrondissements());
  }

  @Test
  void anArrondissementInAPerimeterIsThatArrondissementOnly() {
    // Issue 13, item 4: a perimeter naming 75118 used to be read as the whole of Paris.
    ResolvedPerimeter eighteenth = GEO.resolve(Perimeter.ofCommunes(commune("75118")));
    assertTrue(eighteenth.contains(commune("75118")));
    assertFalse(eighteenth.contains(commune("75111")));
    assertFalse(eighteenth.contains(commune("75056")), "the rest of Paris is not covered");
    assertEquals(Coverage.COVERED, eighteenth.coverage(commune("75118")));
    assertEquals(Coverage.NOT_COVERED, eighteenth.coverage(commune("75111")));
    assertEquals(Coverage.PARTLY_COVERED, eighteenth.coverage(commune("75056")));
    assertEquals(Coverage.NOT_COVERED, eighteenth.coverage(commune("69123")));
    assertEquals(Coverage.NOT_COVERED, eighteenth.coverage(commune("06999")));
    // @etalab/decoupage-administratif 6.0.0, communes.json: "Paris 18e Arrondissement", population
    // 183127.
    assertEquals(183_127, eighteenth.population());
    assertEquals(0, eighteenth.communeCount());
    assertEquals(List.of(), eighteenth.communes());
    assertEquals(Set.of(commune("75118")), eighteenth.arrondissements());
    assertFalse(eighteenth.isEmpty());
    assertEquals(List.of("75"), eighteenth.departements().stream().map(Object::toString).toList());
    assertEquals(List.of("11"), eighteenth.regions().stream().map(Object::toString).toList());
    assertTrue(eighteenth.isWithin(RegionCode.parse("11")));
    assertTrue(eighteenth.unknownCodes().isEmpty());
    assertTrue(GEO.contains(Perimeter.ofCommunes(commune("75118")), commune("75118")));
    assertFalse(GEO.contains(Perimeter.ofCommunes(commune("75118")), commune("75111")));
    assertEquals(183_127, GEO.population(Perimeter.ofCommunes(commune("75118"))));
    assertEquals(List.of(), GEO.communesOf(Perimeter.ofCommunes(commune("75118"))));
    assertEquals(
        "ResolvedPerimeter[communes=0, arrondissements=[75118], population=183127, regions=[11]]",
        eighteenth.toString());
  }

  /** The 45 municipal arrondissements, by their commune. */
  private static final java.util.Map<CommuneCode, List<CommuneCode>> ARRONDISSEMENTS =
      java.util.Map.of(
          commune("75056"),
              java.util.stream.IntStream.rangeClosed(1, 20)
                  .mapToObj(a -> commune(String.format(Locale.ROOT, "751%02d", a)))
                  .toList(),
          commune("69123"),
              java.util.stream.IntStream.rangeClosed(1, 9)
                  .mapToObj(a -> commune("6938" + a))
                  .toList(),
          commune("13055"),
              java.util.stream.IntStream.rangeClosed(1, 16)
                  .mapToObj(a -> commune(String.format(Locale.ROOT, "132%02d", a)))
                  .toList());

  @Test
  void perimetersOfArrondissementsCoverEachPlaceOnce() {
    List<CommuneCode> all =
        ARRONDISSEMENTS.values().stream().flatMap(List::stream).sorted().toList();
    List<CommuneCode> cities = ARRONDISSEMENTS.keySet().stream().sorted().toList();
    qt().withExamples(300)
        .forAll(
            lists().of(Generate.pick(all)).ofSizeBetween(1, 45),
            lists().of(Generate.pick(cities)).ofSizeBetween(0, 1))
        .checkAssert(
            (named, namedCities) -> {
              ResolvedPerimeter r =
                  GEO.resolve(
                      Perimeter.builder()
                          .addAllCommunes(named)
                          .addAllCommunes(namedCities)
                          .build());
              long population = 0;
              for (java.util.Map.Entry<CommuneCode, List<CommuneCode>> city :
                  ARRONDISSEMENTS.entrySet()) {
                boolean whole =
                    namedCities.contains(city.getKey()) || named.containsAll(city.getValue());
                boolean some = city.getValue().stream().anyMatch(named::contains);
                for (CommuneCode arrondissement : city.getValue()) {
                  boolean covered = whole || named.contains(arrondissement);
                  assertEquals(covered, r.contains(arrondissement), arrondissement.toString());
                  population += covered ? GEO.population(Perimeter.ofCommunes(arrondissement)) : 0;
                }
                assertEquals(
                    whole
                        ? Coverage.COVERED
                        : some ? Coverage.PARTLY_COVERED : Coverage.NOT_COVERED,
                    r.coverage(city.getKey()));
                assertEquals(whole, r.communes().contains(city.getKey()));
              }
              assertEquals(population, r.population());
              assertEquals(r.communeCount() + r.arrondissements().size() > 0, !r.isEmpty());
            });
  }

  @Test
  void arrondissementsOfSeveralCitiesAddUp() {
    ResolvedPerimeter r =
        GEO.resolve(
            Perimeter.ofCommunes(
                commune("75101"), commune("69381"), commune("13216"), commune("06069")));
    assertEquals(Set.of(commune("13216"), commune("69381"), commune("75101")), r.arrondissements());
    assertEquals(List.of(commune("06069")), r.communes());
    long arrondissements =
        r.population() - GEO.commune(commune("06069")).orElseThrow().population();
    assertEquals(
        GEO.population(Perimeter.ofCommunes(commune("75101")))
            + GEO.population(Perimeter.ofCommunes(commune("69381")))
            + GEO.population(Perimeter.ofCommunes(commune("13216"))),
        arrondissements);
    assertEquals(
        List.of("06", "13", "69", "75"), r.departements().stream().map(Object::toString).toList());
    assertEquals(List.of("11", "84", "93"), r.regions().stream().map(Object::toString).toList());
    assertTrue(r.contains(commune("13216")));
    assertFalse(r.contains(commune("13215")));
    assertEquals(Coverage.PARTLY_COVERED, r.coverage(commune("13055")));
    assertEquals(Coverage.COVERED, r.coverage(commune("06069")));
  }

  @Test
  void anArrondissementWithItsCommuneIsTheCommune() {
    ResolvedPerimeter paris = GEO.resolve(Perimeter.ofCommunes(commune("75056")));
    assertEquals(paris, GEO.resolve(Perimeter.ofCommunes(commune("75056"), commune("75118"))));
    assertEquals(
        paris,
        GEO.resolve(
            Perimeter.builder()
                .addCommunes(commune("75118"))
                .addDepartements(DepartementCode.parse("75"))
                .build()));
    // Every arrondissement named: the whole commune, with the same population (the converter checks
    // the sums).
    Perimeter.Builder all = Perimeter.builder();
    long sum = 0;
    for (int a = 1; a <= 20; a++) {
      CommuneCode arrondissement = commune(String.format(Locale.ROOT, "751%02d", a));
      all.addCommunes(arrondissement);
      sum += GEO.population(Perimeter.ofCommunes(arrondissement));
    }
    assertEquals(paris, GEO.resolve(all.build()));
    assertEquals(paris.population(), sum);
    // Nineteen of the twenty: not Paris, and its population is less.
    ResolvedPerimeter nineteen =
        GEO.resolve(
            Perimeter.ofCommunes(
                java.util.stream.IntStream.rangeClosed(1, 19)
                    .mapToObj(a -> commune(String.format(Locale.ROOT, "751%02d", a)))
                    .toArray(CommuneCode[]::new)));
    assertEquals(19, nineteen.arrondissements().size());
    assertFalse(nineteen.contains(commune("75120")));
    assertEquals(Coverage.PARTLY_COVERED, nineteen.coverage(commune("75056")));
    assertTrue(nineteen.population() < paris.population());
    assertFalse(nineteen.equals(paris));
    // The Lyon metropolis covers Lyon whole, so its arrondissements are no longer listed apart.
    String metropolis = GEO.commune(commune("69123")).orElseThrow().epci().orElseThrow().toString();
    ResolvedPerimeter lyon =
        GEO.resolve(
            Perimeter.builder()
                .addCommunes(commune("69381"))
                .addEpcis(EpciCode.parse(metropolis))
                .build());
    assertEquals(GEO.resolve(Perimeter.ofEpcis(EpciCode.parse(metropolis))), lyon);
    assertEquals(Set.of(), lyon.arrondissements());
  }

  @Test
  void lyonAndMarseilleArrondissements() {
    ResolvedPerimeter lyon =
        GEO.resolve(
            Perimeter.ofEpcis(
                EpciCode.parse(
                    GEO.commune(commune("69123")).orElseThrow().epci().orElseThrow().toString())));
    for (int a = 1; a <= 9; a++) {
      assertTrue(lyon.contains(commune("6938" + a)));
    }
    ResolvedPerimeter marseille = GEO.resolve(Perimeter.ofCommunes(commune("13055")));
    assertTrue(marseille.contains(commune("13201")));
    assertTrue(marseille.contains(commune("13216")));
    assertFalse(marseille.contains(commune("13054")));
  }

  @Test
  void delegatedCodeIsCoveredThroughItsCommune() {
    ResolvedPerimeter culoz = GEO.resolve(Perimeter.ofCommunes(commune("01138")));
    assertTrue(culoz.contains(commune("01039")));
    // A former code is no longer a commune: never contained.
    ResolvedPerimeter valserhone = GEO.resolve(Perimeter.ofCommunes(commune("01033")));
    assertFalse(valserhone.contains(commune("01126")));
  }

  @Test
  void departementsAndRegionsTouched() {
    // Escaufourt (02, Aisne) is associated with Saint-Souplet (59): the perimeter lies in the Nord.
    ResolvedPerimeter r =
        GEO.resolve(Perimeter.ofCommunes(commune("06069"), commune("2A004"), commune("02285")));
    assertEquals(3, r.communeCount());
    assertEquals(
        List.of("06", "2A", "59"), r.departements().stream().map(Object::toString).toList());
    assertEquals(List.of("32", "93", "94"), r.regions().stream().map(Object::toString).toList());
    assertFalse(r.isWithin(RegionCode.parse("93")));
    assertEquals(
        r.regions(),
        GEO.regionsOf(Perimeter.ofCommunes(commune("06069"), commune("2A004"), commune("02285"))));

    ResolvedPerimeter grasse = GEO.resolve(Perimeter.ofEpcis(EpciCode.parse("200039857")));
    assertTrue(grasse.isWithin(RegionCode.parse("93")));
    assertFalse(grasse.isWithin(RegionCode.parse("94")));
    assertEquals(23, grasse.communeCount());
  }

  @Test
  void unknownCodesAreLeftOutAndListed() {
    Perimeter perimeter =
        Perimeter.builder()
            .addCommunes(commune("06069"), commune("06999"), commune("01126"))
            .addEpcis(EpciCode.parse("210600698"))
            .addDepartements(DepartementCode.parse("985"))
            .addRegions(RegionCode.parse("99"))
            .build();
    ResolvedPerimeter r = GEO.resolve(perimeter);
    assertEquals(List.of(commune("06069")), r.communes());
    assertEquals(List.of("01126", "06999", "210600698", "985", "99"), r.unknownCodes());
    assertEquals(Set.of(commune("01126"), commune("06999")), r.unknownCommunes());
    assertEquals(Set.of(EpciCode.parse("210600698")), r.unknownEpcis());
    assertEquals(Set.of(DepartementCode.parse("985")), r.unknownDepartements());
    assertEquals(Set.of(RegionCode.parse("99")), r.unknownRegions());
    assertEquals(perimeter, r.perimeter());
    assertEquals(GEO.commune(commune("06069")).orElseThrow().population(), r.population());

    ResolvedPerimeter nothing = GEO.resolve(Perimeter.ofCommunes(commune("06999")));
    assertTrue(nothing.isEmpty());
    assertEquals(0, nothing.population());
    assertTrue(nothing.regions().isEmpty());
    assertFalse(nothing.isWithin(RegionCode.parse("93")));
    assertFalse(nothing.contains(commune("06999")));
    assertFalse(nothing.equals(GEO.resolve(Perimeter.ofCommunes(commune("06998")))));
  }

  @Test
  void toStringSummarises() {
    ResolvedPerimeter r = GEO.resolve(Perimeter.ofCommunes(commune("06069"), commune("06999")));
    assertEquals(
        "ResolvedPerimeter[communes=1, population="
            + GEO.commune(commune("06069")).orElseThrow().population()
            + ", regions=[93], unknown=[06999]]",
        r.toString());
  }
}
