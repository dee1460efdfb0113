package io.github.ptce.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.RegisterSource.ExtractDateBasis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared database ({@code ptce registers prepare}): built once from the SYNTHETIC extract, it
 * answers every batch exactly as the files do; a file changed since is refused, and the files may
 * be deleted once prepared.
 */
class PreparedStockTest {
  static final LocalDate EXTRACT = LocalDate.of(2026, 10, 31);

  @TempDir Path temp;

  static final List<Siren> SIRENS =
      Stream.of(
              SyntheticSirene.ASSOCIATION,
              SyntheticSirene.SCIC,
              SyntheticSirene.SAS_SSE,
              SyntheticSirene.SAS_PLAIN,
              SyntheticSirene.COMMUNE,
              SyntheticSirene.EPCI,
              SyntheticSirene.CEASED,
              SyntheticSirene.NON_DIFFUSIBLE,
              SyntheticSirene.PARIS,
              SyntheticSirene.UNKNOWN_DATE,
              SyntheticSirene.ABSENT)
          .map(Siren::parse)
          .toList();
  static final List<Siret> SIRETS =
      Stream.of(
              SyntheticSirene.ASSOCIATION_HEAD,
              SyntheticSirene.ASSOCIATION_CANNES,
              SyntheticSirene.ASSOCIATION_CLOSED,
              SyntheticSirene.NON_DIFFUSIBLE_HEAD,
              SyntheticSirene.PARIS_HEAD,
              SyntheticSirene.ABSENT_SIRET)
          .map(Siret::parse)
          .toList();

  private Path stock(String form) throws Exception {
    Path dir = Files.createDirectory(temp.resolve(form));
    if (form.equals("zip")) {
      SyntheticSirene.writeZip(dir);
    } else {
      SyntheticSirene.writeParquet(dir, form.equals("typed"));
    }
    return dir;
  }

  private static LookupBatch lookup(Path dir, boolean prepared, boolean names) {
    try (RegisterLookup lookup =
        RegisterLookup.sireneStock(dir)
            .extractDate(EXTRACT)
            .threads(1)
            .names(names)
            .prepared(prepared)
            .open()) {
      return lookup.lookup(SIRENS, SIRETS);
    }
  }

  @Test
  void thePreparedDatabaseAnswersAsTheFilesDoInEveryForm() throws Exception {
    for (String form : List.of("zip", "parquet", "typed")) {
      Path dir = stock(form);
      StockPreparation preparation =
          RegisterLookup.sireneStock(dir).extractDate(EXTRACT).threads(1).prepare();
      assertEquals(dir.resolve(SireneStockBuilder.PREPARED_FILE), preparation.database());
      assertTrue(Files.isRegularFile(preparation.database()));
      assertEquals(SyntheticSirene.units().size(), preparation.units(), form);
      assertEquals(SyntheticSirene.establishments().size(), preparation.establishments(), form);
      assertEquals(
          ExtractDateBasis.DECLARED, preparation.unitSource().extractDateBasis().orElseThrow());
      for (boolean names : List.of(false, true)) {
        LookupBatch files = lookup(dir, false, names);
        LookupBatch prepared = lookup(dir, true, names);
        assertEquals(files, prepared, form + (names ? " with names" : ""));
      }
      try (Stream<Path> left = Files.list(dir)) {
        assertEquals(
            List.of(),
            left.filter(p -> p.getFileName().toString().contains(".partial")).toList(),
            "nothing left of the build");
      }
    }
  }

  @Test
  void theRecordedExtractDateIsCitedWhenNoneIsDeclared() throws Exception {
    Path dir = stock("parquet");
    StockPreparation preparation = RegisterLookup.sireneStock(dir).threads(1).prepare();
    RegisterSource source = preparation.unitSource();
    assertEquals(ExtractDateBasis.LATEST_PROCESSING_DATE, source.extractDateBasis().orElseThrow());
    try (RegisterLookup lookup = RegisterLookup.sireneStock(dir).threads(1).open()) {
      assertEquals(source, lookup.lookup(Siren.parse(SyntheticSirene.ASSOCIATION)).source());
    }
  }

  @Test
  void aFileChangedSinceIsRefusedUntilPreparedAgain() throws Exception {
    Path dir = stock("parquet");
    RegisterLookup.sireneStock(dir).extractDate(EXTRACT).threads(1).prepare();
    Files.setLastModifiedTime(
        dir.resolve("StockEtablissement_utf8.parquet"),
        FileTime.from(Instant.parse("2026-12-03T08:00:00Z")));
    RegisterException stale =
        assertThrows(
            RegisterException.class, () -> RegisterLookup.sireneStock(dir).threads(1).open());
    assertEquals("register.prepared.stale", stale.code());
    assertTrue(stale.getMessage().contains("StockEtablissement_utf8.parquet"), stale.getMessage());
    // The files themselves can still be read, and preparing again replaces the database.
    assertTrue(
        lookup(dir, false, false)
            .get(Siren.parse(SyntheticSirene.ASSOCIATION))
            .legalUnit()
            .isPresent());
    RegisterLookup.sireneStock(dir).extractDate(EXTRACT).threads(1).prepare();
    assertTrue(lookup(dir, true, false).get(Siren.parse(SyntheticSirene.ASSOCIATION)).isFound());
  }

  @Test
  void theStockFilesMayBeDeletedOncePrepared() throws Exception {
    Path dir = stock("zip");
    RegisterLookup.sireneStock(dir).extractDate(EXTRACT).threads(1).prepare();
    Files.delete(dir.resolve("StockUniteLegale_utf8.zip"));
    Files.delete(dir.resolve("StockEtablissement_utf8.zip"));
    LookupBatch batch = lookup(dir, true, false);
    assertEquals(
        "StockUniteLegale_utf8.zip", batch.get(Siren.parse(SyntheticSirene.SCIC)).source().name());
    assertEquals(
        "5560",
        batch
            .get(Siren.parse(SyntheticSirene.SCIC))
            .legalUnit()
            .orElseThrow()
            .legalCategory()
            .orElseThrow()
            .value()
            .code());
    assertFalse(batch.get(Siren.parse(SyntheticSirene.ABSENT)).isFound());
  }

  @Test
  void aDamagedDatabaseIsAClearError() throws Exception {
    Path dir = stock("parquet");
    Files.writeString(dir.resolve(SireneStockBuilder.PREPARED_FILE), "not a database");
    RegisterException damaged =
        assertThrows(
            RegisterException.class, () -> RegisterLookup.sireneStock(dir).threads(1).open());
    assertEquals("register.prepared.unreadable", damaged.code());
    assertTrue(
        lookup(dir, false, false).get(Siren.parse(SyntheticSirene.ASSOCIATION)).isFound(),
        "the files are read when asked");
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsAClearError() throws Exception {
    Path dir = stock("parquet");
    Files.createDirectory(dir.resolve(SireneStockBuilder.PREPARED_FILE + ".partial"));
    Files.writeString(
        dir.resolve(SireneStockBuilder.PREPARED_FILE + ".partial").resolve("x"), "blocks the name");
    RegisterException e =
        assertThrows(
            RegisterException.class, () -> RegisterLookup.sireneStock(dir).threads(1).prepare());
    assertEquals("register.prepared.write", e.code());
    assertFalse(Files.exists(dir.resolve(SireneStockBuilder.PREPARED_FILE)));
  }
}
