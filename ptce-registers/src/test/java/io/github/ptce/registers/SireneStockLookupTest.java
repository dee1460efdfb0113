package io.github.ptce.registers;

import static io.github.ptce.registers.SyntheticSirene.ABSENT;
import static io.github.ptce.registers.SyntheticSirene.ABSENT_SIRET;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION_CANNES;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION_CLOSED;
import static io.github.ptce.registers.SyntheticSirene.ASSOCIATION_HEAD;
import static io.github.ptce.registers.SyntheticSirene.CEASED;
import static io.github.ptce.registers.SyntheticSirene.COMMUNE;
import static io.github.ptce.registers.SyntheticSirene.EPCI;
import static io.github.ptce.registers.SyntheticSirene.NON_DIFFUSIBLE;
import static io.github.ptce.registers.SyntheticSirene.PARIS;
import static io.github.ptce.registers.SyntheticSirene.SAS_PLAIN;
import static io.github.ptce.registers.SyntheticSirene.SAS_SSE;
import static io.github.ptce.registers.SyntheticSirene.SCIC;
import static io.github.ptce.registers.SyntheticSirene.UNKNOWN_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.registers.RegisterSource.ExtractDateBasis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stock lookup on a SYNTHETIC extract in the published layout, in its three forms: CSV in ZIP
 * (as published), Parquet with text columns, Parquet with typed columns. Every form must give the
 * same facts.
 */
class SireneStockLookupTest {
  @TempDir static Path temp;

  static RegisterLookup zip;
  static RegisterLookup parquet;
  static RegisterLookup typed;

  @BeforeAll
  static void write() throws Exception {
    Path zipDir = Files.createDirectory(temp.resolve("zip"));
    SyntheticSirene.writeZip(zipDir);
    Path parquetDir = Files.createDirectory(temp.resolve("parquet"));
    SyntheticSirene.writeParquet(parquetDir, false);
    Path typedDir = Files.createDirectory(temp.resolve("typed"));
    SyntheticSirene.writeParquet(typedDir, true);
    Path work = Files.createDirectory(temp.resolve("work"));
    zip =
        RegisterLookup.sireneStock(zipDir)
            .workDirectory(work)
            .memoryLimit(128L << 20)
            .threads(1)
            .names(true)
            .open();
    parquet = RegisterLookup.sireneStock(parquetDir).threads(2).names(true).open();
    typed =
        RegisterLookup.sireneStock(typedDir)
            .extractDate(LocalDate.of(2026, 10, 31))
            .names(true)
            .open();
  }

  @AfterAll
  static void close() {
    Stream.of(zip, parquet, typed).filter(l -> l != null).forEach(RegisterLookup::close);
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("zip", zip), Arguments.of("parquet", parquet), Arguments.of("typed", typed));
  }

  private static LookupResult unit(RegisterLookup lookup, String siren) {
    return lookup.lookup(Siren.parse(siren));
  }

  private static <T> T value(Optional<RegisterFact<T>> fact) {
    return fact.orElseThrow().value();
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void anAssociationGivesItsCategoryCommuneFlagsRnaAndEmployer(String form, RegisterLookup lookup) {
    LookupResult result = unit(lookup, ASSOCIATION);
    assertEquals(LookupStatus.FOUND, result.status());
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals("9220", value(unit.legalCategory()).code());
    assertEquals("categorieJuridiqueUniteLegale", unit.legalCategory().orElseThrow().field());
    assertEquals(RegisterFlag.YES, value(unit.sseFlag()));
    assertEquals("O", unit.sseFlag().orElseThrow().raw());
    assertEquals(Rna.parse("W062000123"), value(unit.rna()));
    assertEquals(LocalDate.of(2010, 3, 15), value(unit.creationDate()));
    assertEquals(UnitState.ACTIVE, value(unit.state()));
    assertTrue(unit.cessation().isEmpty());
    assertEquals("94.99Z", value(unit.activity()).naf().orElseThrow().toString());
    assertEquals("94.99Y", value(unit.activityNaf25()));
    assertEquals(
        new Headcount(HeadcountBand.BAND_02, Optional.of(Year.of(2023))), value(unit.headcount()));
    assertEquals(LocalDateTime.of(2026, 10, 28, 9, 15, 2), value(unit.lastProcessed()));
    assertEquals(
        "ASSOCIATION \"LES AMIS\", SYNTHETIQUE DU PAYS",
        value(unit.name()),
        "quoted as INSEE quotes");
    assertTrue(unit.essDirectory().isEmpty(), "est_ess is the API's, not the stock's");
    assertFalse(result.partiallyDiffusible());

    Establishment head = result.establishment().orElseThrow();
    assertEquals(ASSOCIATION_HEAD, head.siret().toString());
    assertEquals(CommuneCode.parse("06069"), value(head.commune()).commune());
    assertEquals(Boolean.TRUE, value(head.headOffice()));

    // Three establishments: the head office (O), Cannes (N), a closed one (O, ignored: its flag is
    // stale).
    EmployerEvidence employer = result.employer().orElseThrow();
    assertEquals(OptionalInt.of(2), employer.activeEstablishments());
    assertEquals(1, employer.employer());
    assertEquals(1, employer.nonEmployer());
    assertEquals(Optional.of(true), employer.employs());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void theRegisterShowsAScicOnlyAsAnSaCooperative(String form, RegisterLookup lookup) {
    // There is no INSEE category for a SCIC (FACTS.md § 8): 5560 "autre SA coopérative", nothing
    // more.
    LegalUnit unit = unit(lookup, SCIC).legalUnit().orElseThrow();
    assertEquals("5560", value(unit.legalCategory()).code());
    assertEquals(RegisterFlag.YES, value(unit.sseFlag()));
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void anSasWithAndWithoutTheSseFlag(String form, RegisterLookup lookup) {
    LegalUnit flagged = unit(lookup, SAS_SSE).legalUnit().orElseThrow();
    assertEquals("5710", value(flagged.legalCategory()).code());
    assertEquals(RegisterFlag.YES, value(flagged.sseFlag()));
    assertEquals(RegisterFlag.YES, value(flagged.missionCompany()));
    LegalUnit plain = unit(lookup, SAS_PLAIN).legalUnit().orElseThrow();
    assertEquals("5710", value(plain.legalCategory()).code());
    assertTrue(plain.sseFlag().isEmpty(), "a null flag is unknown, never N");
    assertTrue(plain.missionCompany().isEmpty());
    assertEquals(HeadcountBand.NN, value(plain.headcount()).band());
    assertTrue(value(plain.headcount()).year().isEmpty());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void publicBodies(String form, RegisterLookup lookup) {
    assertEquals(
        "7210", value(unit(lookup, COMMUNE).legalUnit().orElseThrow().legalCategory()).code());
    assertEquals(
        "7348", value(unit(lookup, EPCI).legalUnit().orElseThrow().legalCategory()).code());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void aCeasedUnitCarriesTheStartOfItsLastPeriod(String form, RegisterLookup lookup) {
    LookupResult result = unit(lookup, CEASED);
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals(UnitState.CEASED, value(unit.state()));
    RegisterFact<EndDate> cessation = unit.cessation().orElseThrow();
    assertEquals(
        new EndDate(LocalDate.of(2019, 6, 30), EndDate.Precision.ON_OR_BEFORE), cessation.value());
    assertEquals("dateDebut", cessation.field());
    Establishment head = result.establishment().orElseThrow();
    assertEquals(EstablishmentState.CLOSED, value(head.state()));
    assertEquals(LocalDate.of(2019, 6, 30), value(head.closing()).date());
    // No active establishment: whether it employs is unknown, not "no".
    assertEquals(Optional.empty(), result.employer().orElseThrow().employs());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void aPartiallyDiffusibleUnitNamesWhatIsMaskedAndKeepsWhatIsNot(
      String form, RegisterLookup lookup) {
    LookupResult result = unit(lookup, NON_DIFFUSIBLE);
    assertEquals(LookupStatus.FOUND, result.status());
    assertTrue(result.partiallyDiffusible());
    LegalUnit unit = result.legalUnit().orElseThrow();
    assertEquals(Diffusion.PARTIAL, value(unit.diffusion()));
    assertEquals(
        Set.of("nomUniteLegale", "prenom1UniteLegale", "prenomUsuelUniteLegale"),
        unit.maskedFields());
    assertEquals("1000", value(unit.legalCategory()).code());
    assertTrue(unit.name().isEmpty());
    Establishment head = result.establishment().orElseThrow();
    assertEquals(
        Set.of(
            "codePostalEtablissement",
            "coordonneeLambertAbscisseEtablissement",
            "coordonneeLambertOrdonneeEtablissement",
            "libelleVoieEtablissement",
            "numeroVoieEtablissement",
            "typeVoieEtablissement"),
        head.maskedFields());
    assertTrue(head.postalCode().isEmpty());
    assertEquals(
        "06069", value(head.commune()).published().toString(), "the commune is never masked");
    assertEquals(Optional.of(false), result.employer().orElseThrow().employs());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void arrondissementsAreKeptAndMappedToTheirCity(String form, RegisterLookup lookup) {
    RegisterCommune paris = value(unit(lookup, PARIS).establishment().orElseThrow().commune());
    assertEquals("75115", paris.published().toString());
    assertEquals("75056", paris.commune().toString());
    assertEquals(
        "75115", unit(lookup, PARIS).establishment().orElseThrow().commune().orElseThrow().raw());
    assertEquals(
        "13055",
        value(unit(lookup, SAS_SSE).establishment().orElseThrow().commune()).commune().toString());
    assertEquals(
        "69123",
        value(unit(lookup, SAS_PLAIN).establishment().orElseThrow().commune())
            .commune()
            .toString());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void inseeUnknownDateIsAbsent(String form, RegisterLookup lookup) {
    LookupResult result = unit(lookup, UNKNOWN_DATE);
    assertTrue(result.legalUnit().orElseThrow().creationDate().isEmpty());
    assertTrue(result.establishment().orElseThrow().creationDate().isEmpty());
    assertTrue(result.legalUnit().orElseThrow().headcount().isEmpty());
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void aSiretGivesItsOwnCommuneAndTheUnitsFacts(String form, RegisterLookup lookup) {
    LookupResult result = lookup.lookup(Siret.parse(ASSOCIATION_CANNES));
    assertEquals(LookupStatus.FOUND, result.status());
    Establishment cannes = result.establishment().orElseThrow();
    assertEquals(
        "06029", value(cannes.commune()).commune().toString(), "not the head office's 06069");
    assertEquals(Boolean.FALSE, value(cannes.headOffice()));
    assertEquals(RegisterFlag.NO, value(cannes.employerFlag()));
    assertEquals("9220", value(result.legalUnit().orElseThrow().legalCategory()).code());
    assertEquals(
        Optional.of(true),
        result.employer().orElseThrow().employs(),
        "the unit employs at its head office");

    LookupResult closed = lookup.lookup(Siret.parse(ASSOCIATION_CLOSED));
    assertEquals(EstablishmentState.CLOSED, value(closed.establishment().orElseThrow().state()));
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false)
  @MethodSource("forms")
  void aBatchGivesOneResultPerIdentifierInOrder(String form, RegisterLookup lookup) {
    List<Siren> sirens =
        List.of(
            Siren.parse(ABSENT), Siren.parse(ASSOCIATION), Siren.parse(ABSENT), Siren.parse(SCIC));
    LookupBatch batch =
        lookup.lookup(sirens, List.of(Siret.parse(ABSENT_SIRET), Siret.parse(ASSOCIATION_HEAD)));
    assertEquals(
        List.of(Siren.parse(ABSENT), Siren.parse(ASSOCIATION), Siren.parse(SCIC)),
        List.copyOf(batch.sirens().keySet()));
    assertEquals(LookupStatus.NOT_FOUND, batch.get(Siren.parse(ABSENT)).status());
    assertTrue(batch.get(Siren.parse(ABSENT)).legalUnit().isEmpty());
    assertEquals(LookupStatus.FOUND, batch.get(Siren.parse(SCIC)).status());
    LookupResult absentSiret = batch.get(Siret.parse(ABSENT_SIRET));
    assertEquals(LookupStatus.NOT_FOUND, absentSiret.status());
    assertEquals(
        "5710",
        value(absentSiret.legalUnit().orElseThrow().legalCategory()).code(),
        "the unit of an unknown SIRET is given for information");
    assertEquals(LookupStatus.FOUND, batch.get(Siret.parse(ASSOCIATION_HEAD)).status());
    assertEquals(LookupBatch.class, lookup.lookup(List.of(), List.of()).getClass());
    assertTrue(lookup.lookup(List.of(), List.of()).sirens().isEmpty());
  }

  @Test
  void theSameFactsInEveryForm() {
    List<Siren> all =
        Stream.of(
                ASSOCIATION,
                SCIC,
                SAS_SSE,
                SAS_PLAIN,
                COMMUNE,
                EPCI,
                CEASED,
                NON_DIFFUSIBLE,
                PARIS,
                UNKNOWN_DATE,
                ABSENT)
            .map(Siren::parse)
            .toList();
    Map<Siren, LookupResult> fromZip = zip.lookupSirens(all);
    Map<Siren, LookupResult> fromParquet = parquet.lookupSirens(all);
    Map<Siren, LookupResult> fromTyped = typed.lookupSirens(all);
    for (Siren siren : all) {
      assertEquals(values(fromZip.get(siren)), values(fromParquet.get(siren)), siren.toString());
      assertEquals(values(fromZip.get(siren)), values(fromTyped.get(siren)), siren.toString());
    }
  }

  /**
   * The values and fields of a result, without sources (they name different files) nor raw texts (a
   * typed Parquet writes a timestamp differently from the CSV).
   */
  static Object values(Object value) {
    if (value instanceof RegisterFact<?> fact) {
      return List.of(values(fact.value()), fact.field());
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(SireneStockLookupTest::values).map(Object.class::cast).orElse("-");
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> entries = new java.util.TreeMap<>();
      map.forEach((k, v) -> entries.put(String.valueOf(k), values(v)));
      return entries;
    }
    if (value instanceof RegisterSource) {
      return "source";
    }
    if (value instanceof Record record) {
      Map<String, Object> components = new java.util.TreeMap<>();
      for (var component : record.getClass().getRecordComponents()) {
        try {
          components.put(component.getName(), values(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      return components;
    }
    return String.valueOf(value);
  }

  @Test
  void everyFactCitesItsFileAndTheDateOfTheExtract() {
    LegalUnit fromTyped = unit(typed, ASSOCIATION).legalUnit().orElseThrow();
    RegisterSource declared = fromTyped.legalCategory().orElseThrow().source();
    assertEquals(RegisterSource.Kind.SIRENE_STOCK, declared.kind());
    assertEquals("StockUniteLegale_utf8.parquet", declared.name());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 31)), declared.extractDate());
    assertEquals(Optional.of(ExtractDateBasis.DECLARED), declared.extractDateBasis());
    assertEquals(
        "Insee, répertoire Sirene, fichier StockUniteLegale_utf8.parquet, extrait du 2026-10-31",
        declared.citation(Locale.FRENCH));

    // Without a declared date: the latest processing date of the Parquet statistics...
    RegisterSource statistics =
        unit(parquet, ASSOCIATION).legalUnit().orElseThrow().state().orElseThrow().source();
    assertEquals(
        Optional.of(ExtractDateBasis.LATEST_PROCESSING_DATE), statistics.extractDateBasis());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 28)), statistics.extractDate());
    RegisterSource establishments =
        unit(parquet, ASSOCIATION).establishment().orElseThrow().commune().orElseThrow().source();
    assertEquals("StockEtablissement_utf8.parquet", establishments.name());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 30)), establishments.extractDate());
    // ...or the date of the CSV inside the published ZIP.
    RegisterSource archive =
        unit(zip, ASSOCIATION).legalUnit().orElseThrow().state().orElseThrow().source();
    assertEquals("StockUniteLegale_utf8.zip", archive.name());
    assertEquals(Optional.of(ExtractDateBasis.ARCHIVE_ENTRY_TIME), archive.extractDateBasis());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), archive.extractDate());
    // A not-found identifier cites what was searched.
    assertEquals("StockUniteLegale_utf8.zip", unit(zip, ABSENT).source().name());
  }

  @Test
  void namesAreReadOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
    SyntheticSirene.writeParquet(dir, false);
    try (RegisterLookup lookup = RegisterLookup.sireneStock(dir).open()) {
      LegalUnit unit = unit(lookup, ASSOCIATION).legalUnit().orElseThrow();
      assertTrue(unit.name().isEmpty());
      assertEquals("9220", value(unit.legalCategory()).code());
    }
  }

  @Test
  void severalThreadsLookUpAtOnce() throws Exception {
    List<Siren> all =
        Stream.of(ASSOCIATION, SCIC, SAS_SSE, CEASED, NON_DIFFUSIBLE, PARIS, ABSENT)
            .map(Siren::parse)
            .toList();
    Object expected = values(parquet.lookupSirens(all));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Object>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> values(parquet.lookupSirens(all))));
      }
      for (java.util.concurrent.Future<Object> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aClosedLookupRefusesToLookUp(@TempDir Path dir) throws Exception {
    SyntheticSirene.writeParquet(dir, false);
    RegisterLookup lookup = RegisterLookup.sireneStock(dir).open();
    lookup.close();
    lookup.close();
    assertThrows(IllegalStateException.class, () -> lookup.lookup(Siren.parse(ASSOCIATION)));
  }

  @Test
  void closingDeletesTheUnpackedCsv(@TempDir Path dir) throws Exception {
    Path stock = Files.createDirectory(dir.resolve("stock"));
    Path work = Files.createDirectory(dir.resolve("work"));
    SyntheticSirene.writeZip(stock);
    RegisterLookup lookup = RegisterLookup.sireneStock(stock).workDirectory(work).open();
    try (Stream<Path> files = Files.walk(work)) {
      assertTrue(
          files.anyMatch(p -> p.getFileName().toString().equals("StockEtablissement_utf8.csv")));
    }
    lookup.close();
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void parquetIsPreferredToZip(@TempDir Path dir) throws Exception {
    SyntheticSirene.writeZip(dir);
    SyntheticSirene.writeParquet(dir, false);
    try (RegisterLookup lookup = RegisterLookup.sireneStock(dir).open()) {
      assertEquals("StockUniteLegale_utf8.parquet", unit(lookup, ASSOCIATION).source().name());
    }
  }
}
