package io.github.ptce.registers.internal.stock;

import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.RegisterSource.ExtractDateBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * One stock file as found in the directory: its Parquet form, or its CSV unpacked from the
 * published ZIP.
 *
 * @param layout which file
 * @param published the file as published (the Parquet or the ZIP)
 * @param readable what DuckDB reads (the Parquet, or the unpacked CSV)
 * @param parquet whether {@code readable} is Parquet
 * @param archiveDate the date of the CSV entry inside the ZIP, or null
 */
record StockFile(
    StockLayout layout,
    Path published,
    Path readable,
    boolean parquet,
    @Nullable LocalDate archiveDate) {

  /**
   * Finds a file in the directory, Parquet first, and unpacks the CSV of a ZIP into the work
   * folder.
   *
   * @param layout which file
   * @param directory the stock directory
   * @param workFolder the private folder for unpacked CSVs
   * @return the file
   * @throws RegisterException if neither form is there, the ZIP is corrupt or holds no CSV, or
   *     unpacking fails
   */
  static StockFile find(StockLayout layout, Path directory, Path workFolder) {
    Path parquet = directory.resolve(layout.parquetName());
    if (Files.isRegularFile(parquet)) {
      return new StockFile(layout, parquet, parquet, true, null);
    }
    Path zip = directory.resolve(layout.zipName());
    if (!Files.isRegularFile(zip)) {
      throw new RegisterException(
          "register.stock.missingFile",
          Map.of(
              "directory",
              directory.toString(),
              "parquet",
              layout.parquetName(),
              "zip",
              layout.zipName()),
          null);
    }
    return unpack(layout, zip, workFolder);
  }

  private static StockFile unpack(StockLayout layout, Path zip, Path workFolder) {
    Path csv = workFolder.resolve(layout.csvName());
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      ZipEntry entry = csvEntry(layout, archive, zip);
      try (InputStream in = archive.getInputStream(entry);
          OutputStream out = Files.newOutputStream(csv)) {
        // A stream copy: memory stays flat whatever the size (the real establishments CSV is tens
        // of GB).
        in.transferTo(out);
      } catch (ZipException e) {
        throw unreadable(zip, e);
      } catch (IOException e) {
        throw new RegisterException(
            "register.stock.extract",
            Map.of(
                "file",
                zip.getFileName().toString(),
                "target",
                workFolder.toString(),
                "detail",
                detail(e)),
            e);
      }
      LocalDate date = entry.getTimeLocal() == null ? null : entry.getTimeLocal().toLocalDate();
      return new StockFile(layout, zip, csv, false, date);
    } catch (ZipException e) {
      throw unreadable(zip, e);
    } catch (IOException e) {
      throw unreadable(zip, e);
    }
  }

  private static ZipEntry csvEntry(StockLayout layout, ZipFile archive, Path zip) {
    ZipEntry named = archive.getEntry(layout.csvName());
    if (named != null) {
      return named;
    }
    // The published archive holds one CSV named like the archive; accept another name if it is the
    // only CSV.
    Map<String, ZipEntry> csvs = new LinkedHashMap<>();
    Enumeration<? extends ZipEntry> entries = archive.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        csvs.put(entry.getName(), entry);
      }
    }
    if (csvs.size() != 1) {
      throw new RegisterException(
          "register.stock.zipEntry",
          Map.of(
              "file",
              zip.getFileName().toString(),
              "expected",
              layout.csvName(),
              "found",
              csvs.isEmpty() ? "-" : String.join(", ", csvs.keySet())),
          null);
    }
    return csvs.values().iterator().next();
  }

  static RegisterException unreadable(Path file, Exception cause) {
    return new RegisterException(
        "register.stock.unreadable",
        Map.of("file", file.toString(), "detail", detail(cause)),
        cause);
  }

  /**
   * The first line of an engine's or the JDK's message, which is English and may run over many
   * lines.
   */
  static String detail(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    String line = (newline < 0 ? message : message.substring(0, newline)).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /**
   * Returns the source this file's facts cite.
   *
   * @param declared the date the user declared, or null
   * @param latestProcessing the latest processing date found in the file's statistics, or null
   * @return the source
   */
  RegisterSource source(@Nullable LocalDate declared, @Nullable LocalDate latestProcessing) {
    String name = published.getFileName().toString();
    if (declared != null) {
      return RegisterSource.stockFile(name, declared, ExtractDateBasis.DECLARED);
    }
    if (latestProcessing != null) {
      return RegisterSource.stockFile(
          name, latestProcessing, ExtractDateBasis.LATEST_PROCESSING_DATE);
    }
    if (archiveDate != null) {
      return RegisterSource.stockFile(name, archiveDate, ExtractDateBasis.ARCHIVE_ENTRY_TIME);
    }
    try {
      LocalDate modified =
          LocalDate.ofInstant(Files.getLastModifiedTime(published).toInstant(), ZoneOffset.UTC);
      return RegisterSource.stockFile(name, modified, ExtractDateBasis.FILE_MODIFIED);
    } catch (IOException e) {
      throw unreadable(published, e);
    }
  }
}
