package io.github.ptce.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.PtceException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The resource format: its header, and that a damaged file is refused with a clear error. */
class GeographyFileTest {

  private static byte[] resource() throws Exception {
    try (InputStream in = Geography.class.getResourceAsStream("geography.bin")) {
      return in.readAllBytes();
    }
  }

  @Test
  void headerRecordsTheSource() throws Exception {
    GeographyFile file = GeographyFile.read(resource());
    assertEquals("npm:@etalab/decoupage-administratif@6.0.0", file.metadata.get("source"));
    assertEquals("6.0.0", file.metadata.get("version"));
    assertEquals("MIT", file.metadata.get("licence"));
    assertEquals("2026", file.metadata.get("vintage"));
    assertEquals(34_969, file.communeKeys.length);
  }

  @Test
  void theRegenerationGuideGivesTheResourcesSizeAndDigest() throws Exception {
    byte[] bytes = resource();
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    String guide =
        Files.readString(
            Path.of("..", "scripts", "geography", "README.md"), StandardCharsets.UTF_8);
    assertTrue(
        guide.contains("`" + digest + "`"),
        "scripts/geography/README.md should give the sha256 " + digest);
    assertTrue(
        guide.contains(String.format(java.util.Locale.ROOT, "%,d bytes", bytes.length)),
        "scripts/geography/README.md should give the size " + bytes.length);
  }

  @Test
  void aCopyOfTheResourceReadsTheSame() throws Exception {
    Geography copy = Geography.read(resource());
    assertEquals(Geography.bundled().source(), copy.source());
    assertEquals(Geography.bundled().communeCount(), copy.communeCount());
    assertEquals(
        Geography.bundled().commune(CommuneCode.parse("06069")),
        copy.commune(CommuneCode.parse("06069")));
  }

  @Test
  void badMagicIsRefused() throws Exception {
    byte[] bytes = resource();
    bytes[0] = 'X';
    PtceException e = assertThrows(PtceException.class, () -> Geography.read(bytes));
    assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
  }

  @Test
  void otherFormatVersionIsRefused() throws Exception {
    byte[] bytes = resource();
    assertEquals(GeographyFile.FORMAT_VERSION, bytes[9]);
    bytes[9] = 1; // version 1 had no population of the arrondissements
    PtceException e = assertThrows(PtceException.class, () -> Geography.read(bytes));
    assertTrue(e.getMessage().contains("format version 1"), e.getMessage());
  }

  @Test
  void truncatedFileIsRefused() throws Exception {
    byte[] bytes = resource();
    for (int length : new int[] {0, 5, 12, 400, bytes.length / 2, bytes.length - 1}) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      PtceException e = assertThrows(PtceException.class, () -> Geography.read(truncated));
      assertTrue(e.getMessage().startsWith("corrupt geography resource"), e.getMessage());
    }
  }

  @Test
  void trailingBytesAreRefused() throws Exception {
    byte[] bytes = resource();
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    PtceException e = assertThrows(PtceException.class, () -> Geography.read(longer));
    assertTrue(e.getMessage().contains("after the END section"), e.getMessage());
  }

  @Test
  void damagedByteGivesTheGeographyOrAPtceException() throws Exception {
    byte[] original = resource();
    // Damage in the first 300 kB hits the header, the small sections and the commune key and index
    // columns.
    QuickTheory.qt()
        .withFixedSeed(11L)
        .withExamples(60)
        .forAll(SourceDSL.integers().between(0, 300_000), SourceDSL.integers().between(1, 255))
        .checkAssert(
            (at, xor) -> {
              byte[] bytes = original.clone();
              bytes[at] ^= xor.byteValue();
              try {
                assertEquals(34_969, Geography.read(bytes).communeCount());
              } catch (PtceException e) {
                assertTrue(
                    e.getMessage().startsWith("corrupt geography resource")
                        || e instanceof InvalidValueException,
                    e.getMessage());
              }
            });
  }
}
