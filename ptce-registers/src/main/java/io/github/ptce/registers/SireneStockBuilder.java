package io.github.ptce.registers;

import io.github.ptce.registers.internal.stock.SireneStockLookup;
import io.github.ptce.registers.internal.stock.StockOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of a lookup in the INSEE Sirene stock files; {@link #open()} opens it.
 *
 * <p>The directory holds the two files as published on data.gouv.fr (dataset "Base Sirene des
 * entreprises et de leurs établissements (SIREN, SIRET)"), each as Parquet or as CSV in ZIP;
 * Parquet is used when both are there:
 *
 * <ul>
 *   <li>{@code StockUniteLegale_utf8.parquet} or {@code StockUniteLegale_utf8.zip} (legal units);
 *   <li>{@code StockEtablissement_utf8.parquet} or {@code StockEtablissement_utf8.zip}
 *       (establishments).
 * </ul>
 *
 * <p><b>CSV in ZIP.</b> DuckDB cannot read inside a ZIP archive without an extension downloaded at
 * run time, so {@link #open()} streams each CSV out of its ZIP into a private folder of the
 * {@linkplain #workDirectory(Path) work directory}, deleted by {@code close()}: it needs the free
 * space of the unpacked CSV (several GB for the real stock) and the time to write it, and each
 * batch then parses the whole CSV. For repeated lookups, download the Parquet files.
 *
 * <p><b>Date of the extract.</b> Every fact cites its file and the date of its extract. The date
 * you {@linkplain #extractDate(LocalDate) declare} is authoritative (files published from the first
 * of a month show the register on the last day of the month before). Without it, the date is read,
 * for each file, from the latest {@code dateDernierTraitement…} in the Parquet statistics, or from
 * the date of the CSV inside the ZIP, and last from the file's modification time (usually the
 * download day); {@link RegisterSource#extractDateBasis()} says which.
 *
 * <p><b>Prepared database.</b> A batch scans both files, about the same for 1,000 identifiers or
 * 100,000 (BENCHMARKS.md). For repeated lookups, {@link #prepare()} once per extract: it copies the
 * columns a lookup reads into a DuckDB database beside the files ({@value #PREPARED_FILE}), indexed
 * by SIREN and SIRET, which {@link #open()} then reads instead of the files (unless told otherwise
 * with {@link #prepared(boolean)}). The database records the files it was made from; when a file of
 * the directory changes (a new month downloaded), {@code open()} refuses it until it is prepared
 * again ({@code register.prepared.stale}), so that a newer extract is never answered from an older
 * one. The stock files may be deleted once prepared.
 *
 * <p>A builder is not thread-safe; the lookup it opens is.
 */
public final class SireneStockBuilder {
  /** The name of the prepared database in the stock directory. */
  public static final String PREPARED_FILE = "ptce-sirene.duckdb";

  private final Path directory;
  private long memoryLimitBytes = 1L << 30;
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private @Nullable LocalDate extractDate;
  private Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"));
  private boolean names;
  private boolean usePrepared = true;

  SireneStockBuilder(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Sets DuckDB's memory limit; DuckDB spills to the work directory beyond it. The default is 1
   * GiB; a lookup of 1,000 SIRENs in the 29-million-row file needs far less (see BENCHMARKS.md).
   *
   * @param bytes at least 64 MiB
   * @return this builder
   * @throws IllegalArgumentException if below 64 MiB
   */
  public SireneStockBuilder memoryLimit(long bytes) {
    if (bytes < 64L << 20) {
      throw new IllegalArgumentException(
          "memoryLimit must be at least 64 MiB (67108864 bytes), was " + bytes);
    }
    this.memoryLimitBytes = bytes;
    return this;
  }

  /**
   * Sets how many threads DuckDB scans a file with. The default is the number of processors.
   *
   * @param threads from 1 to 256
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public SireneStockBuilder threads(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be from 1 to 256, was " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * Declares the date of the extract, which every fact will cite. Authoritative: it replaces the
   * date read from the files.
   *
   * @param date the day the register was extracted (the last day of the month before publication)
   * @return this builder
   */
  public SireneStockBuilder extractDate(LocalDate date) {
    this.extractDate = Objects.requireNonNull(date, "date");
    return this;
  }

  /**
   * Sets where CSV files are unpacked from their ZIP and where DuckDB spills beyond its memory
   * limit. The default is {@code java.io.tmpdir}; a private folder is made inside it and deleted by
   * {@code close()}.
   *
   * @param directory an existing, writable directory
   * @return this builder
   */
  public SireneStockBuilder workDirectory(Path directory) {
    this.workDirectory = Objects.requireNonNull(directory, "directory");
    return this;
  }

  /**
   * Also reads each legal unit's name ({@code denominationUniteLegale}, {@link LegalUnit#name()}),
   * to show it or to check that a SIREN is the organisation one meant. Off by default: names are
   * long texts, all different, and reading them for a batch costs about as much as every other
   * column together (BENCHMARKS.md).
   *
   * @param read whether to read names
   * @return this builder
   */
  public SireneStockBuilder names(boolean read) {
    this.names = read;
    return this;
  }

  /**
   * Sets whether {@link #open()} reads the prepared database of the directory when there is one
   * (the default), or the stock files whatever is there.
   *
   * @param use whether to read a prepared database
   * @return this builder
   */
  public SireneStockBuilder prepared(boolean use) {
    this.usePrepared = use;
    return this;
  }

  private StockOptions options() {
    return new StockOptions(
        directory, memoryLimitBytes, threads, extractDate, workDirectory, names, usePrepared);
  }

  /**
   * Opens the lookup: reads the prepared database of the directory if there is one and it was made
   * from the files there; otherwise finds the files, unpacks a ZIP if there is no Parquet, checks
   * that each file has the columns of the Sirene stock layout, and reads the dates of the extracts.
   *
   * @return the lookup, to be closed
   * @throws RegisterException with code {@code register.stock.directory}, {@code
   *     register.stock.missingFile}, {@code register.stock.unreadable}, {@code
   *     register.stock.columns}, {@code register.stock.zipEntry}, {@code register.stock.extract} or
   *     {@code register.stock.engine}; for a prepared database {@code register.prepared.stale},
   *     {@code register.prepared.version} or {@code register.prepared.unreadable}
   */
  public RegisterLookup open() {
    return SireneStockLookup.open(options());
  }

  /**
   * Prepares the directory once per extract: writes {@value #PREPARED_FILE} beside the stock files
   * (replacing an older one, whole or not at all), which later lookups read through its indexes
   * instead of scanning the files. It takes minutes for the real stock, about the disk space of the
   * two Parquet files, and up to the {@linkplain #memoryLimit(long) memory limit} (DuckDB builds
   * the indexes in memory: give it a few GiB for the real stock, see BENCHMARKS.md). The extract
   * date declared here, or read from the files, is recorded with it.
   *
   * @return the database made, with its row counts and sources
   * @throws RegisterException as {@link #open()}, or {@code register.prepared.write} when the
   *     directory cannot be written
   */
  public StockPreparation prepare() {
    return SireneStockLookup.prepare(options());
  }
}
