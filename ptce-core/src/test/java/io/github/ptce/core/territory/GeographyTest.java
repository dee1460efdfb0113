package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.id.Siren;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Facts of version 6.0.0 of the bundled data (shared/domain/reference-data.md), and the lookup
 * rules.
 */
class GeographyTest {
  private static final Geography GEO = Geography.bundled();

  private static CommuneCode commune(String code) {
    return CommuneCode.parse(code);
  }

  private static EpciCode epci(String code) {
    return EpciCode.parse(code);
  }

  @Test
  void bundledIsLoadedOnce() {
    assertSame(GEO, Geography.bundled());
  }

  @Test
  void sourceIsTheMitPackage600() {
    GeographySource source = GEO.source();
    assertEquals("6.0.0", GEO.dataVersion());
    assertEquals("6.0.0", source.version());
    assertEquals("@etalab/decoupage-administratif", source.packageName());
    assertEquals("MIT", source.licence());
    assertEquals("Licence Ouverte", source.dataLicence());
    assertEquals(
        "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a", source.tarballSha256());
    assertEquals("2026", source.vintage());
    assertEquals("npm:@etalab/decoupage-administratif@6.0.0", source.id());
  }

  @Test
  void licenceShipsNextToTheData() throws Exception {
    try (InputStream in =
        Geography.class.getResourceAsStream("/META-INF/LICENSE-decoupage-administratif.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          text.startsWith("This licence covers io/github/ptce/core/territory/geography.bin"));
      assertTrue(text.contains("MIT License"));
      assertTrue(text.contains("Copyright (c) 2018-2019 Etalab"));
    }
  }

  @Test
  void countsOfTheSource() {
    assertEquals(34_969, GEO.communeCount());
    assertEquals(34_969, GEO.sourceEntryCount(CodeStatus.CURRENT));
    assertEquals(2_105, GEO.sourceEntryCount(CodeStatus.DELEGATED));
    assertEquals(471, GEO.sourceEntryCount(CodeStatus.ASSOCIATED));
    assertEquals(45, GEO.sourceEntryCount(CodeStatus.MUNICIPAL_ARRONDISSEMENT));
    assertEquals(1_255, GEO.epciCount());
    assertEquals(109, GEO.departementCount());
    assertEquals(26, GEO.regionCount());
    assertEquals(109, GEO.departements().size());
    assertEquals(26, GEO.regions().size());
  }

  @Test
  void countsByStatusMergeSharedCodes() {
    assertEquals(34_969, GEO.count(CodeStatus.CURRENT));
    // 584 delegated communes share their code with their current commune, which takes the code.
    assertEquals(2_105 - 584, GEO.count(CodeStatus.DELEGATED));
    assertEquals(471, GEO.count(CodeStatus.ASSOCIATED));
    assertEquals(45, GEO.count(CodeStatus.MUNICIPAL_ARRONDISSEMENT));
    // 4,240 anciensCodes: 366 pre-1976 Corsican 20xxx codes left out, 1,992 still delegated or
    // associated.
    assertEquals(4_240 - 366, GEO.sourceEntryCount(CodeStatus.FORMER));
    assertEquals(4_240 - 366 - 1_992, GEO.count(CodeStatus.FORMER));
    assertThrows(IllegalArgumentException.class, () -> GEO.count(CodeStatus.UNKNOWN));
  }

  @Test
  void epcisByType() {
    Map<EpciType, Integer> byType = new EnumMap<>(EpciType.class);
    for (Epci e : GEO.epcis()) {
      byType.merge(e.type(), 1, Integer::sum);
    }
    assertEquals(
        Map.of(
            EpciType.CC,
            989,
            EpciType.CA,
            230,
            EpciType.METRO,
            21,
            EpciType.CU,
            14,
            EpciType.MET69,
            1),
        byType);
    assertEquals("Communauté d'agglomération", EpciType.CA.frenchLabel());
    assertEquals("Communauté d'agglomération", EpciType.CA.label(Locale.FRANCE));
    assertEquals("Agglomeration community", EpciType.CA.label(Locale.ENGLISH));
  }

  @Test
  void grasseAndItsAgglomeration() {
    Commune grasse = GEO.commune(commune("06069")).orElseThrow();
    assertEquals("Grasse", grasse.name());
    assertEquals(DepartementCode.parse("06"), grasse.departement());
    assertEquals(RegionCode.parse("93"), grasse.region());
    assertEquals(Optional.of(epci("200039857")), grasse.epci());
    assertEquals(Optional.of(Siren.parse("210600698")), grasse.siren());
    assertEquals("06069 Grasse", grasse.toString());

    Epci pays = GEO.epci(epci("200039857")).orElseThrow();
    assertEquals("CA du Pays de Grasse", pays.name());
    assertEquals(EpciType.CA, pays.type());
    assertEquals(23, pays.members().size());
    assertTrue(pays.members().contains(grasse.code()));
    assertEquals(23, GEO.communesOf(pays.code()).size());
    long sum = GEO.communesOf(pays.code()).stream().mapToLong(Commune::population).sum();
    assertEquals(sum, pays.population());
  }

  @Test
  void otherKnownCommunes() {
    assertEquals(
        Optional.of(epci("200067999")), GEO.commune(commune("60057")).orElseThrow().epci());
    assertEquals("CA du Beauvaisis", GEO.epci(epci("200067999")).orElseThrow().name());
    assertEquals(
        Optional.of(epci("200068781")), GEO.commune(commune("26281")).orElseThrow().epci());
    assertEquals("CA Valence Romans Agglo", GEO.epci(epci("200068781")).orElseThrow().name());

    Commune lille = GEO.commune(commune("59350")).orElseThrow();
    assertEquals(Optional.of(epci("200093201")), lille.epci());
    assertEquals(RegionCode.parse("32"), lille.region());
    assertEquals("Hauts-de-France", GEO.region(RegionCode.parse("32")).orElseThrow().name());
    Epci mel = GEO.epci(epci("200093201")).orElseThrow();
    assertEquals("Métropole Européenne de Lille", mel.name());
    assertEquals(EpciType.METRO, mel.type());

    Commune ajaccio = GEO.commune(commune("2A004")).orElseThrow();
    assertEquals("Ajaccio", ajaccio.name());
    assertEquals(RegionCode.parse("94"), ajaccio.region());
    assertEquals(DepartementCode.parse("2A"), ajaccio.departement());

    Commune saintDenis = GEO.commune(commune("97411")).orElseThrow();
    assertEquals("Saint-Denis", saintDenis.name());
    assertEquals(RegionCode.parse("04"), saintDenis.region());
    assertEquals(DepartementCode.parse("974"), saintDenis.departement());
  }

  @Test
  void communesWithoutEpci() {
    List<Commune> without = new ArrayList<>();
    for (Commune c : GEO.communes()) {
      if (c.epci().isEmpty()) {
        without.add(c);
      }
    }
    assertEquals(98, without.size());
    List<String> metropolitan = new ArrayList<>();
    for (Commune c : without) {
      if (!c.code().toString().startsWith("97") && !c.code().toString().startsWith("98")) {
        metropolitan.add(c.code() + " " + c.name());
      }
    }
    assertEquals(
        List.of("22016 Île-de-Bréhat", "29083 Île-de-Sein", "29155 Ouessant", "85113 L'Île-d'Yeu"),
        metropolitan);
  }

  @Test
  void populationIsZeroWhereTheDataHasNoneAndForTheDeadVillages() {
    List<String> zero = new ArrayList<>();
    for (Commune c : GEO.communes()) {
      if (c.population() == 0) {
        zero.add(c.code().toString());
      }
    }
    // No population in the data: the TAAF districts and Clipperton. A population of 0 in the data:
    // the six
    // villages of the Meuse destroyed in 1916 and kept as communes ("morts pour la France").
    assertEquals(
        List.of(
            "55039", "55050", "55139", "55189", "55239", "55307", "98411", "98412", "98413",
            "98414", "98415", "98901"),
        zero);
  }

  @Test
  void populationsAddUp() {
    long total = 0;
    for (Region region : GEO.regions()) {
      long ofDepartements = 0;
      for (DepartementCode d : region.departements()) {
        Departement departement = GEO.departement(d).orElseThrow();
        assertEquals(region.code(), departement.region());
        long ofCommunes = GEO.communesOf(d).stream().mapToLong(Commune::population).sum();
        assertEquals(ofCommunes, departement.population(), d.toString());
        ofDepartements += departement.population();
      }
      assertEquals(ofDepartements, region.population(), region.toString());
      total += region.population();
    }
    assertEquals(GEO.communes().stream().mapToLong(Commune::population).sum(), total);
    long ofEpcis = GEO.epcis().stream().mapToLong(Epci::population).sum();
    long withoutEpci =
        GEO.communes().stream()
            .filter(c -> c.epci().isEmpty())
            .mapToLong(Commune::population)
            .sum();
    assertEquals(total, ofEpcis + withoutEpci);
  }

  @Test
  void everyCommuneIsFoundByItsOwnCode() {
    for (Commune c : GEO.communes()) {
      CommuneCode reparsed = CommuneCode.parse(c.code().toString());
      assertEquals(CodeStatus.CURRENT, GEO.status(reparsed));
      assertEquals(Optional.of(c), GEO.commune(reparsed));
      assertEquals(c.code().departement(), c.departement());
    }
  }

  @Test
  void delegatedCommuneSharingItsCodeIsCurrent() {
    CommuneCode code = commune("01015");
    assertEquals(CodeStatus.CURRENT, GEO.status(code));
    assertEquals("Arboys en Bugey", GEO.commune(code).orElseThrow().name());
    assertEquals(Optional.of("Arboys en Bugey"), GEO.nameOf(code));
    assertEquals(Optional.empty(), GEO.mergedInto(code));
  }

  @Test
  void delegatedAndAssociatedCommunesLeadToTheirCurrentCommune() {
    CommuneCode beon = commune("01039");
    assertEquals(CodeStatus.DELEGATED, GEO.status(beon));
    assertEquals(Optional.empty(), GEO.commune(beon));
    assertEquals("01138", GEO.currentCommuneOf(beon).orElseThrow().code().toString());
    assertEquals("01138", GEO.mergedInto(beon).orElseThrow().code().toString());
    assertEquals(Optional.of("Béon"), GEO.nameOf(beon));

    // Escaufourt (Aisne) is associated with Saint-Souplet, in the Nord.
    CommuneCode escaufourt = commune("02285");
    assertEquals(CodeStatus.ASSOCIATED, GEO.status(escaufourt));
    Commune saintSouplet = GEO.currentCommuneOf(escaufourt).orElseThrow();
    assertEquals("59545", saintSouplet.code().toString());
    assertEquals(DepartementCode.parse("59"), saintSouplet.departement());
  }

  @Test
  void arrondissementsLeadToParisLyonMarseille() {
    for (int a = 1; a <= 20; a++) {
      CommuneCode code = commune(String.format(Locale.ROOT, "751%02d", a));
      assertEquals(CodeStatus.MUNICIPAL_ARRONDISSEMENT, GEO.status(code), code.toString());
      assertEquals("75056", GEO.currentCommuneOf(code).orElseThrow().code().toString());
      assertEquals(Optional.empty(), GEO.mergedInto(code));
    }
    assertEquals(Optional.of("Paris 1er Arrondissement"), GEO.nameOf(commune("75101")));
    for (int a = 1; a <= 9; a++) {
      assertEquals(
          "69123", GEO.currentCommuneOf(commune("6938" + a)).orElseThrow().code().toString());
    }
    for (int a = 1; a <= 16; a++) {
      CommuneCode code = commune(String.format(Locale.ROOT, "132%02d", a));
      assertEquals(CodeStatus.MUNICIPAL_ARRONDISSEMENT, GEO.status(code));
      assertEquals("13055", GEO.currentCommuneOf(code).orElseThrow().code().toString());
    }
  }

  @Test
  void formerCodeIsReportedNotReplaced() {
    // 01126 is a former code of Valserhône (01033) that is no delegated commune.
    CommuneCode former = commune("01126");
    assertEquals(CodeStatus.FORMER, GEO.status(former));
    assertEquals(Optional.empty(), GEO.commune(former));
    assertEquals(Optional.empty(), GEO.currentCommuneOf(former));
    assertEquals(Optional.empty(), GEO.nameOf(former));
    Commune valserhone = GEO.mergedInto(former).orElseThrow();
    assertEquals("01033", valserhone.code().toString());
    assertEquals("Valserhône", valserhone.name());
    assertEquals(valserhone, GEO.suggestCommunes(former, 3).get(0));
  }

  @Test
  void delegatedLinkWinsOverAnInconsistentFormerCode() {
    // The data lists 60455 among the former codes of 60054 but as a delegated commune of 60694.
    assertEquals(CodeStatus.DELEGATED, GEO.status(commune("60455")));
    assertEquals("60694", GEO.mergedInto(commune("60455")).orElseThrow().code().toString());
    assertEquals(CodeStatus.ASSOCIATED, GEO.status(commune("55273")));
    assertEquals("55386", GEO.mergedInto(commune("55273")).orElseThrow().code().toString());
  }

  @Test
  void unknownCodesGiveUnknownAndEmpty() {
    for (String text : List.of("06999", "97899", "98999", "2A999", "2B499", "01000")) {
      CommuneCode code = commune(text);
      assertEquals(CodeStatus.UNKNOWN, GEO.status(code), text);
      assertEquals(Optional.empty(), GEO.commune(code));
      assertEquals(Optional.empty(), GEO.currentCommuneOf(code));
      assertEquals(Optional.empty(), GEO.mergedInto(code));
      assertEquals(Optional.empty(), GEO.nameOf(code));
    }
    // 2A533 and 2B033 (Bastia) once shared a key: the lookup must not confuse them.
    assertEquals(CodeStatus.CURRENT, GEO.status(commune("2B033")));
    assertEquals(CodeStatus.UNKNOWN, GEO.status(commune("2A533")));
    assertEquals(Optional.empty(), GEO.currentCommuneOf(commune("2A533")));
    // The pre-1976 Corsican former codes (20xxx) must not make 2Axxx codes look former.
    assertEquals(CodeStatus.UNKNOWN, GEO.status(commune("2A033")));

    assertEquals(Optional.empty(), GEO.epci(epci("210600698")));
    assertEquals(List.of(), GEO.communesOf(epci("210600698")));
    assertEquals(Optional.empty(), GEO.departement(DepartementCode.parse("985")));
    assertEquals(List.of(), GEO.communesOf(DepartementCode.parse("985")));
    assertEquals(Optional.empty(), GEO.region(RegionCode.parse("99")));
    assertEquals(List.of(), GEO.communesOf(RegionCode.parse("99")));
  }

  @Test
  void overseasCollectivitiesAreTheirOwnRegion() {
    Region spm = GEO.region(RegionCode.parse("975")).orElseThrow();
    assertEquals("Saint-Pierre-et-Miquelon", spm.name());
    assertEquals(List.of(DepartementCode.parse("975")), spm.departements());
    assertEquals(2, GEO.communesOf(spm.code()).size());
  }

  @Test
  void theRegionsOf2016ExistFromTheirFirstDay() {
    // Loi n° 2015-29, Art. 1 III: the régions formed by grouping exist from 1 January 2016.
    for (String code : List.of("27", "28", "32", "44", "75", "76", "84")) {
      assertEquals(
          Optional.of(java.time.LocalDate.of(2016, 1, 1)),
          GEO.region(RegionCode.parse(code)).orElseThrow().since(),
          code);
    }
    // Île-de-France, the other unchanged régions and overseas: no first day recorded.
    assertEquals(Optional.empty(), GEO.region(RegionCode.parse("11")).orElseThrow().since());
    assertEquals(19, GEO.regions().stream().filter(r -> r.since().isEmpty()).count());
  }

  @Test
  void regionListsItsDepartements() {
    Region corse = GEO.region(RegionCode.parse("94")).orElseThrow();
    assertEquals(
        List.of(DepartementCode.parse("2A"), DepartementCode.parse("2B")), corse.departements());
    assertEquals(
        GEO.communesOf(DepartementCode.parse("2A")).size()
            + GEO.communesOf(DepartementCode.parse("2B")).size(),
        GEO.communesOf(corse.code()).size());
    assertFalse(GEO.communesOf(corse.code()).isEmpty());
  }

  @Test
  void valuesAreEqualByValue() {
    Commune a = GEO.commune(commune("06069")).orElseThrow();
    Commune b =
        GEO.communesOf(epci("200039857")).stream()
            .filter(c -> c.code().equals(a.code()))
            .findFirst()
            .orElseThrow();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(GEO.epci(epci("200039857")), GEO.epci(epci("200039857")));
    assertEquals(
        "200039857 CA du Pays de Grasse", GEO.epci(epci("200039857")).orElseThrow().toString());
    assertEquals(
        "06 Alpes-Maritimes",
        GEO.departement(DepartementCode.parse("06")).orElseThrow().toString());
    assertEquals("32 Hauts-de-France", GEO.region(RegionCode.parse("32")).orElseThrow().toString());
  }

  @Test
  void codeTextIsTheInverseOfTheKey() {
    for (String text : List.of("01001", "2A004", "2B366", "97411", "98901", "95690")) {
      assertEquals(text, Geography.codeText(CommuneCode.parse(text).key()));
    }
  }
}
