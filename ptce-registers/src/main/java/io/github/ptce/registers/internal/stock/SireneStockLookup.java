package io.github.ptce.registers.internal.stock;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.StockPreparation;
import io.github.ptce.registers.internal.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RegisterLookup} over the Sirene stock files, read with DuckDB.
 *
 * <p>One in-memory DuckDB database is opened with a memory limit and a thread count; each file is a
 * view over {@code read_parquet} or {@code read_csv}. A batch runs on its own connection to that
 * database (so several threads may look up at once): the SIRENs go into a temporary table through
 * DuckDB's appender, and each file is read by one query, a semi-join on that table that reads only
 * the needed columns (registers.md § 4). The establishments query also counts, per legal unit, the
 * active establishments and their employer flags, and keeps only head offices and the SIRETs asked
 * for.
 */
public final class SireneStockLookup implements RegisterLookup {
  private static final String UNITS_VIEW = "ptce_units";
  private static final String ESTABLISHMENTS_VIEW = "ptce_establishments";

  private final DuckDBConnection database;
  private final Path workFolder;

  /** The queries over the files' views; null when the lookup reads a prepared database. */
  private final @Nullable StockQueries queries;

  private final boolean names;
  private final RegisterSource unitSource;
  private final RegisterSource establishmentSource;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private SireneStockLookup(
      DuckDBConnection database,
      Path workFolder,
      @Nullable StockQueries queries,
      boolean names,
      RegisterSource unitSource,
      RegisterSource establishmentSource) {
    this.database = database;
    this.workFolder = workFolder;
    this.queries = queries;
    this.names = names;
    this.unitSource = unitSource;
    this.establishmentSource = establishmentSource;
  }

  /**
   * Opens the lookup.
   *
   * @param options the checked options
   * @return the lookup
   * @throws RegisterException if the directory or a file cannot be used
   */
  public static SireneStockLookup open(StockOptions options) {
    Path directory = options.directory();
    Path workFolder = workFolder(options);
    Path prepared = PreparedStock.file(directory);
    if (options.usePrepared() && Files.isRegularFile(prepared)) {
      return openPrepared(options, prepared, workFolder);
    }
    DuckDBConnection database = null;
    try {
      StockFile units = StockFile.find(StockLayout.UNITS, directory, workFolder);
      StockFile establishments = StockFile.find(StockLayout.ESTABLISHMENTS, directory, workFolder);
      database = connect();
      configure(database, options, workFolder);
      Map<String, String> unitColumns = view(database, UNITS_VIEW, units);
      Map<String, String> establishmentColumns =
          view(database, ESTABLISHMENTS_VIEW, establishments);
      StockQueries queries =
          new StockQueries(
              UNITS_VIEW, unitColumns, ESTABLISHMENTS_VIEW, establishmentColumns, options.names());
      LocalDate declared = options.extractDate();
      RegisterSource unitSource =
          units.source(declared, declared == null ? latestProcessing(database, units) : null);
      RegisterSource establishmentSource =
          establishments.source(
              declared, declared == null ? latestProcessing(database, establishments) : null);
      try (Statement statement = database.createStatement()) {
        // Nothing a query runs later may change the limits set above.
        statement.execute("SET lock_configuration = true");
      }
      return new SireneStockLookup(
          database, workFolder, queries, options.names(), unitSource, establishmentSource);
    } catch (RuntimeException | SQLException e) {
      closeQuietly(database);
      deleteQuietly(workFolder);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new RegisterException(
          "register.stock.engine", Map.of("detail", StockFile.detail(e)), e);
    }
  }

  /** Checks the directories and makes the lookup's private work folder. */
  private static Path workFolder(StockOptions options) {
    Path directory = options.directory();
    if (!Files.isDirectory(directory)) {
      throw new RegisterException(
          "register.stock.directory", Map.of("directory", directory.toString()), null);
    }
    if (!Files.isDirectory(options.workDirectory()) || !Files.isWritable(options.workDirectory())) {
      throw new RegisterException(
          "register.stock.workDirectory",
          Map.of("directory", options.workDirectory().toString()),
          null);
    }
    try {
      return Files.createTempDirectory(options.workDirectory(), "ptce-sirene-");
    } catch (IOException e) {
      throw new RegisterException(
          "register.stock.workDirectory",
          Map.of("directory", options.workDirectory().toString()),
          e);
    }
  }

  /** Opens a prepared database read-only: several lookups, in several processes, may share it. */
  private static SireneStockLookup openPrepared(
      StockOptions options, Path prepared, Path workFolder) {
    DuckDBConnection database = null;
    try {
      database = connect("jdbc:duckdb:" + prepared, true);
      configure(database, options, workFolder);
      RegisterSource[] sources =
          PreparedStock.sources(database, options.directory(), options.extractDate());
      try (Statement statement = database.createStatement()) {
        statement.execute("SET lock_configuration = true");
      }
      return new SireneStockLookup(
          database, workFolder, null, options.names(), sources[0], sources[1]);
    } catch (RuntimeException | SQLException e) {
      closeQuietly(database);
      deleteQuietly(workFolder);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new RegisterException(
          "register.prepared.unreadable",
          Map.of("file", prepared.toString(), "detail", StockFile.detail(e)),
          e);
    }
  }

  /**
   * Builds the prepared database of a directory: the columns the lookup reads, copied from the
   * stock files with an index on SIREN and SIRET, written beside them under a temporary name and
   * renamed into place once complete.
   *
   * @param options the checked options (the memory limit bounds what DuckDB holds while building)
   * @return what was made
   * @throws RegisterException as {@link #open(StockOptions)}, or {@code register.prepared.write}
   */
  public static StockPreparation prepare(StockOptions options) {
    Path directory = options.directory();
    Path workFolder = workFolder(options);
    Path target = PreparedStock.file(directory);
    Path partial = directory.resolve(PreparedStock.FILE + ".partial");
    DuckDBConnection database = null;
    try {
      StockFile units = StockFile.find(StockLayout.UNITS, directory, workFolder);
      StockFile establishments = StockFile.find(StockLayout.ESTABLISHMENTS, directory, workFolder);
      deletePartial(partial);
      try {
        database = connect("jdbc:duckdb:" + partial, false);
      } catch (SQLException e) {
        throw new RegisterException(
            "register.prepared.write",
            Map.of("file", target.toString(), "detail", StockFile.detail(e)),
            e);
      }
      configure(database, options, workFolder);
      Map<String, String> unitColumns = view(database, UNITS_VIEW, units);
      Map<String, String> establishmentColumns =
          view(database, ESTABLISHMENTS_VIEW, establishments);
      StockQueries queries =
          new StockQueries(
              UNITS_VIEW, unitColumns, ESTABLISHMENTS_VIEW, establishmentColumns, true);
      LocalDate declared = options.extractDate();
      RegisterSource unitSource =
          units.source(declared, declared == null ? latestProcessing(database, units) : null);
      RegisterSource establishmentSource =
          establishments.source(
              declared, declared == null ? latestProcessing(database, establishments) : null);
      PreparedStock.build(
          database, queries, units, establishments, unitSource, establishmentSource);
      long unitCount = PreparedStock.count(database, PreparedStock.UNITS);
      long establishmentCount = PreparedStock.count(database, PreparedStock.ESTABLISHMENTS);
      try (Statement statement = database.createStatement()) {
        // The database must not depend on where the files were: the views go, the tables stay.
        statement.execute("DROP VIEW " + UNITS_VIEW);
        statement.execute("DROP VIEW " + ESTABLISHMENTS_VIEW);
        statement.execute("CHECKPOINT");
      }
      database.close();
      database = null;
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new StockPreparation(
          target,
          Files.size(target),
          unitCount,
          establishmentCount,
          unitSource,
          establishmentSource);
    } catch (IOException e) {
      throw new RegisterException(
          "register.prepared.write",
          Map.of("file", target.toString(), "detail", StockFile.detail(e)),
          e);
    } catch (SQLException e) {
      throw new RegisterException(
          "register.stock.query",
          Map.of(
              "units",
              StockLayout.UNITS.parquetName(),
              "establishments",
              StockLayout.ESTABLISHMENTS.parquetName(),
              "detail",
              StockFile.detail(e)),
          e);
    } finally {
      closeQuietly(database);
      deletePartial(partial);
      deleteQuietly(workFolder);
    }
  }

  private static void deletePartial(Path partial) {
    try {
      Files.deleteIfExists(partial);
      Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + ".wal"));
    } catch (IOException e) {
      // A leftover of an interrupted preparation is replaced by the next one.
    }
  }

  private static DuckDBConnection connect() throws SQLException {
    return connect("jdbc:duckdb:", false);
  }

  private static DuckDBConnection connect(String url, boolean readOnly) throws SQLException {
    try {
      Properties properties = new Properties();
      if (readOnly) {
        properties.setProperty("duckdb.read_only", "true");
      }
      // The driver directly, not DriverManager: no scan of every driver on the class path.
      return (DuckDBConnection) new DuckDBDriver().connect(url, properties);
    } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
      // DuckDB's native library has no build for this platform (registers.md § 4.1).
      throw new RegisterException(
          "register.stock.engine",
          Map.of(
              "detail",
              System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": " + e),
          e);
    }
  }

  private static void configure(DuckDBConnection database, StockOptions options, Path workFolder)
      throws SQLException {
    try (Statement statement = database.createStatement()) {
      statement.execute("SET memory_limit = '" + (options.memoryLimitBytes() >> 20) + "MiB'");
      statement.execute("SET threads = " + options.threads());
      statement.execute(
          "SET temp_directory = " + StockQueries.literal(workFolder.resolve("spill").toString()));
      // Results are keyed by identifier: their order does not matter, and not keeping it saves
      // memory.
      statement.execute("SET preserve_insertion_order = false");
      // Each batch reads the same files: their footers are parsed once.
      statement.execute("SET parquet_metadata_cache = true");
    }
  }

  /**
   * Creates the view over a file and returns its columns and types, checking the ones ptce reads.
   */
  private static Map<String, String> view(DuckDBConnection database, String name, StockFile file) {
    String path = StockQueries.literal(file.readable().toString());
    String reader =
        file.parquet()
            ? "read_parquet(" + path + ")"
            // Every column as text: a sniffed number would lose the leading zeros of codes such as
            // 01001.
            : "read_csv("
                + path
                + ", header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true)";
    Map<String, String> columns = new LinkedHashMap<>();
    try (Statement statement = database.createStatement()) {
      statement.execute("CREATE VIEW " + name + " AS SELECT * FROM " + reader);
      try (ResultSet rs = statement.executeQuery("DESCRIBE " + name)) {
        while (rs.next()) {
          columns.put(rs.getString("column_name"), rs.getString("column_type"));
        }
      }
    } catch (SQLException e) {
      throw StockFile.unreadable(file.published(), e);
    }
    List<String> missing =
        file.layout().required().stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new RegisterException(
          "register.stock.columns",
          Map.of("file", file.published().toString(), "columns", String.join(", ", missing)),
          null);
    }
    return columns;
  }

  /** The latest processing date in a Parquet file's row-group statistics: no scan of the data. */
  private static @Nullable LocalDate latestProcessing(DuckDBConnection database, StockFile file) {
    if (!file.parquet()) {
      return null;
    }
    String sql =
        "SELECT max(stats_max) FROM parquet_metadata("
            + StockQueries.literal(file.readable().toString())
            + ") WHERE path_in_schema = "
            + StockQueries.literal(file.layout().lastProcessedColumn());
    try (Statement statement = database.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() ? Values.date(rs.getString(1)) : null;
    } catch (SQLException e) {
      throw StockFile.unreadable(file.published(), e);
    }
  }

  @Override
  public LookupBatch lookup(Collection<Siren> sirens, Collection<Siret> sirets) {
    Set<Siren> wantedSirens = new LinkedHashSet<>(sirens);
    Set<Siret> wantedSirets = new LinkedHashSet<>(sirets);
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("this Sirene stock lookup is closed");
      }
      if (wantedSirens.isEmpty() && wantedSirets.isEmpty()) {
        return new LookupBatch(Map.of(), Map.of());
      }
      Set<String> allSirens = new LinkedHashSet<>();
      wantedSirens.forEach(s -> allSirens.add(s.toString()));
      wantedSirets.forEach(s -> allSirens.add(s.toString().substring(0, 9)));
      try (DuckDBConnection connection = database.duplicate()) {
        StockRows rows =
            queries == null
                ? PreparedStock.query(connection, allSirens, wantedSirets, names)
                : query(connection, queries, allSirens, wantedSirets);
        return StockResults.assemble(
            wantedSirens, wantedSirets, rows, unitSource, establishmentSource);
      } catch (SQLException e) {
        throw new RegisterException(
            "register.stock.query",
            Map.of(
                "units",
                unitSource.name(),
                "establishments",
                establishmentSource.name(),
                "detail",
                StockFile.detail(e)),
            e);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  private static StockRows query(
      DuckDBConnection connection, StockQueries queries, Set<String> sirens, Set<Siret> sirets)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE ptce_wanted_unit (siren " + queries.unitKeyType() + ")");
      statement.execute(
          "CREATE TEMP TABLE ptce_wanted_establishment_unit (siren "
              + queries.establishmentSirenType()
              + ")");
      statement.execute("CREATE TEMP TABLE ptce_wanted_siret (siret " + queries.siretType() + ")");
    }
    append(connection, "ptce_wanted_unit", sirens, queries.unitKeyNumeric());
    append(
        connection, "ptce_wanted_establishment_unit", sirens, queries.establishmentSirenNumeric());
    append(
        connection,
        "ptce_wanted_siret",
        sirets.stream().map(Siret::toString).toList(),
        queries.siretNumeric());
    List<Map<String, @Nullable String>> units =
        rows(connection, queries.unitQuery("ptce_wanted_unit"));
    List<Map<String, @Nullable String>> establishments =
        rows(
            connection,
            queries.establishmentQuery("ptce_wanted_establishment_unit", "ptce_wanted_siret"));
    addMasks(
        connection,
        units,
        "siren",
        "statutDiffusionUniteLegale",
        "ptce_partial_unit",
        queries.unitKeyType(),
        queries.unitKeyNumeric(),
        queries::unitMaskQuery);
    addMasks(
        connection,
        establishments,
        "siret",
        "statutDiffusionEtablissement",
        "ptce_partial_siret",
        queries.siretType(),
        queries.siretNumeric(),
        queries::establishmentMaskQuery);
    return new StockRows(units, establishments);
  }

  /**
   * Reads which columns are masked for the partially diffusible rows only (usually a few per
   * batch), by a second query on their identifiers, and adds them to those rows.
   */
  private static void addMasks(
      DuckDBConnection connection,
      List<Map<String, @Nullable String>> rows,
      String key,
      String status,
      String table,
      String keyType,
      boolean numeric,
      Function<String, String> query)
      throws SQLException {
    Map<String, Map<String, @Nullable String>> partial = new HashMap<>();
    for (Map<String, @Nullable String> row : rows) {
      String id = row.get(key);
      if (id != null && !"O".equals(row.get(status))) {
        partial.put(id, row);
      }
    }
    if (partial.isEmpty()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE TEMP TABLE " + table + " (" + key + " " + keyType + ")");
    }
    append(connection, table, partial.keySet(), numeric);
    for (Map<String, @Nullable String> masked : rows(connection, query.apply(table))) {
      Map<String, @Nullable String> row = partial.get(masked.get(key));
      if (row != null) {
        row.put(StockQueries.MASKED, masked.get(StockQueries.MASKED));
      }
    }
  }

  private static void append(
      DuckDBConnection connection, String table, Collection<String> values, boolean numeric)
      throws SQLException {
    try (DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
      for (String value : values) {
        appender.beginRow();
        if (numeric) {
          appender.append(Long.parseLong(value));
        } else {
          appender.append(value);
        }
        appender.endRow();
      }
    }
  }

  static List<Map<String, @Nullable String>> rows(DuckDBConnection connection, String sql)
      throws SQLException {
    List<Map<String, @Nullable String>> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      int count = meta.getColumnCount();
      String[] names = new String[count];
      for (int i = 0; i < count; i++) {
        names[i] = meta.getColumnLabel(i + 1);
      }
      while (rs.next()) {
        Map<String, @Nullable String> row = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
          row.put(names[i], rs.getString(i + 1));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeQuietly(database);
      deleteQuietly(workFolder);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static void closeQuietly(@Nullable DuckDBConnection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing an in-memory database frees memory only; there is nothing left to save.
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A file left in the temporary directory is not worth failing a close for.
    }
  }

  @Override
  public String toString() {
    return "SireneStockLookup["
        + unitSource.citation(Locale.ENGLISH)
        + "; "
        + establishmentSource.citation(Locale.ENGLISH)
        + "]";
  }
}
