package io.github.ptce.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a stock directory can be unusable gives a clear error in French and English, and leaves
 * nothing.
 */
class SireneStockErrorsTest {
  @TempDir Path dir;
  @TempDir Path work;

  private RegisterException failure(Path directory) {
    return assertThrows(
        RegisterException.class,
        () -> RegisterLookup.sireneStock(directory).workDirectory(work).open().close());
  }

  @Test
  void aMissingDirectory() {
    RegisterException e = failure(dir.resolve("nowhere"));
    assertEquals("register.stock.directory", e.code());
    assertTrue(e.message(Locale.ENGLISH).contains("nowhere"));
    assertTrue(e.message(Locale.FRENCH).startsWith("Le dossier Sirene"), e.message(Locale.FRENCH));
    assertTrue(
        e.message(Locale.FRENCH)
            .contains("Base Sirene des entreprises et de leurs établissements"));
  }

  @Test
  void aFileThatIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertEquals("register.stock.directory", failure(file).code());
  }

  @Test
  void missingFilesAreNamedWithBothForms() throws Exception {
    RegisterException empty = failure(dir);
    assertEquals("register.stock.missingFile", empty.code());
    assertTrue(empty.getMessage().contains("StockUniteLegale_utf8.parquet"), empty.getMessage());
    assertTrue(empty.getMessage().contains("StockUniteLegale_utf8.zip"), empty.getMessage());

    SyntheticSirene.writeZip(dir);
    Files.delete(dir.resolve("StockEtablissement_utf8.zip"));
    RegisterException half = failure(dir);
    assertEquals("register.stock.missingFile", half.code());
    assertTrue(
        half.message(Locale.FRENCH).contains("StockEtablissement_utf8.zip"),
        half.message(Locale.FRENCH));
    assertNothingLeftInTheWorkDirectory();
  }

  @Test
  void aTruncatedParquet() throws Exception {
    SyntheticSirene.writeParquet(dir, false);
    Path file = dir.resolve("StockUniteLegale_utf8.parquet");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    RegisterException e = failure(dir);
    assertEquals("register.stock.unreadable", e.code());
    assertTrue(e.arguments().get("file").endsWith("StockUniteLegale_utf8.parquet"));
    assertTrue(
        e.message(Locale.FRENCH).contains("Téléchargez-le de nouveau"), e.message(Locale.FRENCH));
  }

  @Test
  void aCorruptZip() throws Exception {
    SyntheticSirene.writeZip(dir);
    Files.writeString(dir.resolve("StockEtablissement_utf8.zip"), "this is not a zip archive");
    RegisterException e = failure(dir);
    assertEquals("register.stock.unreadable", e.code());
    assertTrue(e.arguments().get("file").endsWith("StockEtablissement_utf8.zip"));
    assertNothingLeftInTheWorkDirectory();
  }

  @Test
  void aZipWithoutItsCsv() throws Exception {
    SyntheticSirene.writeZip(dir);
    SyntheticSirene.zip(dir.resolve("StockUniteLegale_utf8.zip"), "README.txt", "nothing here");
    RegisterException e = failure(dir);
    assertEquals("register.stock.zipEntry", e.code());
    assertEquals("StockUniteLegale_utf8.csv", e.arguments().get("expected"));
    assertEquals("-", e.arguments().get("found"));
  }

  @Test
  void aZipWhoseOnlyCsvHasAnotherNameIsRead() throws Exception {
    SyntheticSirene.writeZip(dir);
    SyntheticSirene.zip(
        dir.resolve("StockUniteLegale_utf8.zip"),
        "StockUniteLegale_utf8_2026-10.csv",
        SyntheticSirene.csv(SyntheticSirene.UNIT_COLUMNS, SyntheticSirene.units()));
    try (RegisterLookup lookup = RegisterLookup.sireneStock(dir).open()) {
      assertEquals(
          LookupStatus.FOUND,
          lookup.lookup(io.github.ptce.core.id.Siren.parse(SyntheticSirene.SCIC)).status());
    }
  }

  @Test
  void aFileOfAnotherLayoutNamesTheMissingColumns() throws Exception {
    SyntheticSirene.writeParquet(dir, false);
    Path file = dir.resolve("StockEtablissement_utf8.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      // Layout 3.9 had no caractereEmployeurEtablissement? Whatever the cause: a column ptce reads
      // is gone.
      s.execute(
          "COPY (SELECT * EXCLUDE (caractereEmployeurEtablissement, codeCommuneEtablissement) FROM read_parquet('"
              + file
              + "')) TO '"
              + dir.resolve("other.parquet")
              + "' (FORMAT parquet)");
    }
    Files.move(
        dir.resolve("other.parquet"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    RegisterException e = failure(dir);
    assertEquals("register.stock.columns", e.code());
    assertEquals(
        "codeCommuneEtablissement, caractereEmployeurEtablissement", e.arguments().get("columns"));
    assertTrue(e.message(Locale.FRENCH).contains("3.11"));
  }

  @Test
  void aCsvOfAnotherDataset() throws Exception {
    SyntheticSirene.writeZip(dir);
    SyntheticSirene.zip(
        dir.resolve("StockUniteLegale_utf8.zip"),
        "StockUniteLegale_utf8.csv",
        "id,titre\nW062000123,UNE ASSOCIATION\n");
    RegisterException e = failure(dir);
    assertEquals("register.stock.columns", e.code());
    assertTrue(e.arguments().get("columns").startsWith("siren, statutDiffusionUniteLegale"));
  }

  @Test
  void aWorkDirectoryThatDoesNotExist() throws Exception {
    SyntheticSirene.writeZip(dir);
    RegisterException e =
        assertThrows(
            RegisterException.class,
            () -> RegisterLookup.sireneStock(dir).workDirectory(dir.resolve("none")).open());
    assertEquals("register.stock.workDirectory", e.code());
  }

  @Test
  void optionsOutOfRangeAreRefusedWhenSet() {
    SireneStockBuilder builder = RegisterLookup.sireneStock(dir);
    IllegalArgumentException memory =
        assertThrows(IllegalArgumentException.class, () -> builder.memoryLimit(1L << 20));
    assertTrue(memory.getMessage().contains("64 MiB"));
    assertThrows(IllegalArgumentException.class, () -> builder.threads(0));
    assertThrows(IllegalArgumentException.class, () -> builder.threads(257));
    assertThrows(NullPointerException.class, () -> builder.extractDate(null));
  }

  private void assertNothingLeftInTheWorkDirectory() throws Exception {
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(List.of(), files.toList(), "a failed open leaves nothing in the work directory");
    }
  }
}
