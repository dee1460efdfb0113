package io.github.ptce.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.territory.CodeStatus;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Geography;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value types of the lookup results. */
class RegisterValuesTest {
  static final RegisterSource STOCK =
      RegisterSource.stockFile(
          "StockUniteLegale_utf8.parquet",
          LocalDate.of(2026, 10, 31),
          RegisterSource.ExtractDateBasis.DECLARED);

  @Test
  void arrondissementsMapToTheCityAsTheBundledGeographyDoes() {
    // registers.md § 1.3 gives the ranges; the bundled geography must agree on every code of them
    // and around.
    Geography france = Geography.bundled();
    int arrondissements = 0;
    for (int[] range : new int[][] {{75100, 75121}, {69380, 69390}, {13200, 13217}}) {
      for (int number = range[0]; number <= range[1]; number++) {
        CommuneCode code = CommuneCode.parse(String.format(Locale.ROOT, "%05d", number));
        RegisterCommune commune = RegisterCommune.of(code);
        boolean arrondissement = france.status(code) == CodeStatus.MUNICIPAL_ARRONDISSEMENT;
        assertEquals(arrondissement, commune.isArrondissement(), code.toString());
        if (arrondissement) {
          arrondissements++;
          assertEquals(
              france.currentCommuneOf(code).orElseThrow().code(),
              commune.commune(),
              code.toString());
        } else {
          assertEquals(code, commune.commune());
        }
      }
    }
    assertEquals(20 + 9 + 16, arrondissements);
  }

  @Test
  void anyOtherCommuneIsItsOwn() {
    // Every five-digit code of metropolitan départements 01 to 95 (20 is Corsica, written 2A/2B).
    qt().withFixedSeed(14L)
        .forAll(integers().between(1001, 95999))
        .assuming(n -> n / 1000 != 20)
        .checkAssert(
            n -> {
              CommuneCode code = CommuneCode.parse(String.format(Locale.ROOT, "%05d", n));
              RegisterCommune commune = RegisterCommune.of(code);
              boolean plm =
                  n >= 75101 && n <= 75120 || n >= 69381 && n <= 69389 || n >= 13201 && n <= 13216;
              assertEquals(plm, commune.isArrondissement());
              assertEquals(code, commune.published());
            });
    assertEquals("2A004", RegisterCommune.of(CommuneCode.parse("2A004")).commune().toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RegisterCommune(CommuneCode.parse("75115"), CommuneCode.parse("75115")));
  }

  @Test
  void headcountBandsFollowInseesTable() {
    assertEquals(16, HeadcountBand.values().length);
    assertEquals(Optional.of(HeadcountBand.BAND_12), HeadcountBand.fromCode("12"));
    assertEquals(OptionalInt.of(20), HeadcountBand.BAND_12.minimum());
    assertEquals(OptionalInt.of(49), HeadcountBand.BAND_12.maximum());
    assertEquals(OptionalInt.empty(), HeadcountBand.NN.minimum());
    assertEquals(OptionalInt.of(0), HeadcountBand.BAND_00.maximum());
    assertEquals(OptionalInt.empty(), HeadcountBand.BAND_53.maximum());
    assertEquals(Optional.empty(), HeadcountBand.fromCode("13"));
    for (HeadcountBand band : HeadcountBand.values()) {
      assertEquals(Optional.of(band), HeadcountBand.fromCode(band.code()));
    }
  }

  @Test
  void codesOutsideTheRegistersValuesAreUnknown() {
    assertEquals(Optional.empty(), RegisterFlag.fromCode(""));
    assertEquals(Optional.of(RegisterFlag.NO), RegisterFlag.fromCode("n"));
    assertEquals(Optional.empty(), UnitState.fromCode("F"), "F is an establishment's code");
    assertEquals(Optional.empty(), EstablishmentState.fromCode("C"), "C is a unit's code");
    assertEquals(
        Optional.of(Diffusion.PARTIAL), Diffusion.fromCode("N"), "the former N became P in 2023");
    assertEquals(Optional.empty(), Diffusion.fromCode("X"));
  }

  @Test
  void activitiesOfOlderNomenclaturesAreNoNafCode() {
    assertEquals(
        "88.99B", Activity.of("88.99B", Optional.of("NAFRev2")).naf().orElseThrow().toString());
    assertEquals(Optional.empty(), Activity.of("85.3K", Optional.of("NAFRev1")).naf());
    assertEquals(Optional.empty(), Activity.of("74.1A", Optional.of("NAF1993")).naf());
    assertEquals(Optional.empty(), Activity.of("7401", Optional.of("NAP")).naf());
    assertEquals("00.00Z", Activity.of("00.00Z", Optional.empty()).code());
    assertEquals(
        Optional.empty(),
        Activity.of("62.01z", Optional.empty()).naf(),
        "written as INSEE does, or not read");
  }

  @Test
  void employerEvidenceSaysNoOnlyWhenEveryActiveEstablishmentIsAKnownNonEmployer() {
    assertEquals(Optional.of(true), evidence(OptionalInt.of(5), 5, 1, 4).employs());
    assertEquals(Optional.of(false), evidence(OptionalInt.of(2), 2, 0, 2).employs());
    assertEquals(
        Optional.empty(), evidence(OptionalInt.of(2), 2, 0, 1).employs(), "one flag is null");
    assertEquals(
        Optional.empty(), evidence(OptionalInt.of(3), 1, 0, 1).employs(), "two not examined");
    assertEquals(
        Optional.empty(), evidence(OptionalInt.empty(), 1, 0, 1).employs(), "count unknown");
    assertEquals(
        Optional.empty(), evidence(OptionalInt.of(0), 0, 0, 0).employs(), "nothing active");
    assertEquals(Optional.of(true), evidence(OptionalInt.empty(), 1, 1, 0).employs());
    assertThrows(IllegalArgumentException.class, () -> evidence(OptionalInt.of(1), 2, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> evidence(OptionalInt.of(3), 2, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> evidence(OptionalInt.of(3), 2, -1, 0));
  }

  private static EmployerEvidence evidence(
      OptionalInt active, int examined, int employer, int nonEmployer) {
    return new EmployerEvidence(
        active, examined, employer, nonEmployer, "caractereEmployeurEtablissement", STOCK);
  }

  @Test
  void anEndDateOnOrBeforeIsKnownFromItsDateOn() {
    EndDate ceased = new EndDate(LocalDate.of(2019, 6, 30), EndDate.Precision.ON_OR_BEFORE);
    assertTrue(ceased.knownAt(LocalDate.of(2019, 6, 30)));
    assertTrue(ceased.knownAt(LocalDate.of(2026, 1, 1)));
    assertFalse(ceased.knownAt(LocalDate.of(2019, 6, 29)));
  }

  @Test
  void resultsAreConsistentWithTheirStatus() {
    LegalUnit unit = LegalUnit.builder(Siren.parse(SyntheticSirene.SCIC)).build();
    String siren = SyntheticSirene.SCIC;
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LookupResult.found(siren, STOCK, Optional.empty(), Optional.empty(), Optional.empty()),
        "a found SIREN has its unit");
    assertThrows(
        IllegalArgumentException.class,
        () -> LookupResult.notFound(siren, STOCK, Optional.of(unit)));
    assertThrows(
        IllegalArgumentException.class,
        () -> LookupResult.notFound("12345", STOCK, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LookupResult(
                siren,
                LookupStatus.FAILED,
                STOCK,
                Optional.of(unit),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new LookupFailure("register.api.status", Map.of()))));
    LookupResult found =
        LookupResult.found(siren, STOCK, Optional.of(unit), Optional.empty(), Optional.empty());
    assertTrue(found.isFound());
    assertFalse(found.partiallyDiffusible());
    assertEquals(Set.of(), found.maskedFields());
    LegalUnit masked = LegalUnit.builder(Siren.parse(siren)).masked("sigleUniteLegale").build();
    assertTrue(
        masked.partiallyDiffusible(), "a masked field shows partial diffusion whatever the status");
    assertThrows(UnsupportedOperationException.class, () -> masked.maskedFields().add("x"));
  }

  @Test
  void sourcesCiteTheirOrigin() {
    assertEquals(
        "INSEE, Sirene register, file StockUniteLegale_utf8.parquet, extract of 2026-10-31",
        STOCK.citation(Locale.ENGLISH));
    RegisterSource modified =
        RegisterSource.stockFile(
            "StockEtablissement_utf8.zip",
            LocalDate.of(2026, 11, 3),
            RegisterSource.ExtractDateBasis.FILE_MODIFIED);
    String citation = modified.citation(Locale.FRENCH);
    assertTrue(citation.contains("l'extrait est plus ancien"), citation);
    RegisterSource call =
        RegisterSource.apiCall(
            URI.create("https://recherche-entreprises.api.gouv.fr/search?q=1"),
            Instant.parse("2026-11-27T23:30:00Z"),
            false);
    assertEquals(LocalDate.of(2026, 11, 27), call.date());
    assertEquals(Optional.empty(), call.extractDate());
    assertEquals(
        call,
        RegisterSource.apiCall(
            URI.create("https://recherche-entreprises.api.gouv.fr/search?q=1"),
            Instant.parse("2026-11-27T23:30:00Z"),
            false));
    assertFalse(call.equals(STOCK));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RegisterSource.stockFile(" ", LocalDate.MIN, RegisterSource.ExtractDateBasis.DECLARED));
  }

  @Test
  void failuresAndErrorsSpeakBothLanguages() {
    LookupFailure failure =
        new LookupFailure(
            "register.api.status",
            Map.of("identifier", "356000000", "status", "503", "attempts", "4"));
    assertEquals(
        "The Recherche d'entreprises API answered HTTP 503 for 356000000, 4 times. Try again later.",
        failure.message(Locale.ENGLISH));
    assertEquals(
        "L'API Recherche d'entreprises a répondu HTTP 503 pour 356000000, 4 fois. Réessayez plus tard.",
        failure.message(Locale.FRENCH));
    RegisterException e =
        new RegisterException("register.stock.directory", Map.of("directory", "/x"), null);
    assertEquals(e.message(Locale.ENGLISH), e.getMessage());
  }
}
