package io.github.ptce.registers.internal.stock;

import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.RegisterSource.ExtractDateBasis;
import io.github.ptce.registers.internal.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * A prepared stock: the columns the lookup reads, copied once per extract from the stock files into
 * a DuckDB database beside them ({@value #FILE}), with the per-unit head office and employer counts
 * computed, and an index on SIREN and on SIRET. A batch then reads the rows it needs through the
 * indexes instead of scanning both files.
 *
 * <p>The database records the files it was made from (name, size, modification time) and the dates
 * of their extracts; a lookup refuses it when a file of the directory is no longer the one it was
 * made from, so that a newer extract is never answered from an older one.
 */
final class PreparedStock {
  static final String FILE = "ptce-sirene.duckdb";
  static final String FORMAT = "ptce-sirene-prepared/1";
  static final String UNITS = "ptce_prepared_units";
  static final String ESTABLISHMENTS = "ptce_prepared_establishments";
  private static final String META = "ptce_meta";

  /**
   * Identifiers per query: an IN list DuckDB answers through the index (it scans instead beyond its
   * {@code index_scan_max_count}, 2,048 by default).
   */
  private static final int CHUNK = 1000;

  private PreparedStock() {}

  static Path file(Path directory) {
    return directory.resolve(FILE);
  }

  /**
   * The tables, indexes and the record of the files, in an open database whose views read the stock
   * files.
   */
  static void build(
      DuckDBConnection database,
      StockQueries queries,
      StockFile units,
      StockFile establishments,
      RegisterSource unitSource,
      RegisterSource establishmentSource)
      throws SQLException, IOException {
    try (Statement sql = database.createStatement()) {
      sql.execute(queries.preparedUnits(UNITS));
      sql.execute(queries.preparedEstablishments(ESTABLISHMENTS));
      // Not unique: a register anomaly (a repeated row) must not stop the preparation; a lookup
      // keeps one.
      sql.execute("CREATE INDEX ptce_units_key ON " + UNITS + " (ptce_key)");
      sql.execute("CREATE INDEX ptce_establishments_key ON " + ESTABLISHMENTS + " (ptce_key)");
      sql.execute("CREATE TABLE " + META + " (name VARCHAR, value VARCHAR)");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", FORMAT);
    record(meta, "units", units, unitSource);
    record(meta, "establishments", establishments, establishmentSource);
    try (PreparedStatement insert =
        database.prepareStatement("INSERT INTO " + META + " VALUES (?, ?)")) {
      for (Map.Entry<String, String> entry : meta.entrySet()) {
        insert.setString(1, entry.getKey());
        insert.setString(2, entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void record(
      Map<String, String> meta, String prefix, StockFile file, RegisterSource source)
      throws IOException {
    meta.put(prefix + ".file", file.published().getFileName().toString());
    meta.put(prefix + ".size", Long.toString(Files.size(file.published())));
    meta.put(
        prefix + ".modified",
        Long.toString(Files.getLastModifiedTime(file.published()).toMillis()));
    meta.put(prefix + ".date", source.date().toString());
    meta.put(prefix + ".basis", source.extractDateBasis().orElseThrow().name());
  }

  static long count(DuckDBConnection database, String table) throws SQLException {
    try (Statement sql = database.createStatement();
        ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Reads the record of a prepared database, checks it against the stock files still in the
   * directory, and returns the sources its facts cite: the unit file's and the establishment
   * file's.
   *
   * @param declared the extract date the user declared, which replaces the recorded one
   * @throws RegisterException {@code register.prepared.version} or {@code register.prepared.stale}
   */
  static RegisterSource[] sources(
      DuckDBConnection database, Path directory, @Nullable LocalDate declared) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement sql = database.createStatement();
        ResultSet rs = sql.executeQuery("SELECT name, value FROM " + META)) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    Path file = file(directory);
    if (!FORMAT.equals(meta.get("format"))) {
      throw new RegisterException(
          "register.prepared.version",
          Map.of(
              "file",
              file.toString(),
              "found",
              String.valueOf(meta.get("format")),
              "expected",
              FORMAT),
          null);
    }
    return new RegisterSource[] {
      check(meta, "units", StockLayout.UNITS, directory, declared),
      check(meta, "establishments", StockLayout.ESTABLISHMENTS, directory, declared)
    };
  }

  private static RegisterSource check(
      Map<String, String> meta,
      String prefix,
      StockLayout layout,
      Path directory,
      @Nullable LocalDate declared) {
    String name = recorded(meta, prefix + ".file", directory);
    Path parquet = directory.resolve(layout.parquetName());
    Path zip = directory.resolve(layout.zipName());
    // The file a lookup without the database would read now; none when the stock was deleted after
    // preparing.
    Path current = Files.isRegularFile(parquet) ? parquet : Files.isRegularFile(zip) ? zip : null;
    if (current != null) {
      boolean same;
      try {
        same =
            current.getFileName().toString().equals(name)
                && Long.toString(Files.size(current)).equals(meta.get(prefix + ".size"))
                && Long.toString(Files.getLastModifiedTime(current).toMillis())
                    .equals(meta.get(prefix + ".modified"));
      } catch (IOException e) {
        same = false;
      }
      if (!same) {
        throw new RegisterException(
            "register.prepared.stale",
            Map.of(
                "file",
                file(directory).toString(),
                "stock",
                current.getFileName().toString(),
                "prepared",
                String.valueOf(name)),
            null);
      }
    }
    if (declared != null) {
      return RegisterSource.stockFile(name, declared, ExtractDateBasis.DECLARED);
    }
    LocalDate date = Values.date(recorded(meta, prefix + ".date", directory));
    String basis = recorded(meta, prefix + ".basis", directory);
    if (date == null
        || Arrays.stream(ExtractDateBasis.values()).noneMatch(b -> b.name().equals(basis))) {
      throw damaged(directory, prefix + ".date/" + prefix + ".basis");
    }
    return RegisterSource.stockFile(name, date, ExtractDateBasis.valueOf(basis));
  }

  /**
   * An entry of the record that {@link #build} always writes; a record without it was damaged
   * since.
   */
  private static String recorded(Map<String, String> meta, String key, Path directory) {
    String value = meta.get(key);
    if (value == null) {
      throw damaged(directory, key);
    }
    return value;
  }

  private static RegisterException damaged(Path directory, String key) {
    return new RegisterException(
        "register.prepared.unreadable",
        Map.of("file", file(directory).toString(), "detail", META + ": " + key),
        null);
  }

  /**
   * Reads the rows of a batch through the indexes: the units, then the head offices of those found
   * and the establishments asked for, each carrying its unit's counts.
   *
   * @param names whether to keep the units' names
   */
  static StockRows query(
      DuckDBConnection connection, Set<String> sirens, Set<Siret> sirets, boolean names)
      throws SQLException {
    String unitColumns = "* EXCLUDE (ptce_key" + (names ? "" : ", " + StockLayout.NAME) + ")";
    List<Map<String, @Nullable String>> units = new ArrayList<>();
    for (List<String> chunk : chunks(sirens)) {
      units.addAll(
          SireneStockLookup.rows(
              connection,
              "SELECT "
                  + unitColumns
                  + " FROM "
                  + UNITS
                  + " WHERE ptce_key IN ("
                  + String.join(", ", chunk)
                  + ")"));
    }
    Map<String, Map<String, @Nullable String>> bySiren = new HashMap<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (Map<String, @Nullable String> unit : units) {
      bySiren.put(unit.get("siren"), unit);
      String head = unit.remove("ptce_head");
      if (head != null) {
        wanted.add(head);
      }
    }
    sirets.forEach(s -> wanted.add(s.toString()));
    List<Map<String, @Nullable String>> establishments = new ArrayList<>();
    for (List<String> chunk : chunks(wanted)) {
      establishments.addAll(
          SireneStockLookup.rows(
              connection,
              "SELECT * EXCLUDE (ptce_key) FROM "
                  + ESTABLISHMENTS
                  + " WHERE ptce_key IN ("
                  + String.join(", ", chunk)
                  + ")"));
    }
    for (Map<String, @Nullable String> establishment : establishments) {
      Map<String, @Nullable String> unit = bySiren.get(establishment.get("siren"));
      if (unit != null) {
        for (String count :
            List.of(StockQueries.ACTIVE, StockQueries.EMPLOYER, StockQueries.NON_EMPLOYER)) {
          establishment.put(count, unit.get(count));
        }
      }
    }
    return new StockRows(units, establishments);
  }

  /** Numbers as SQL literals (they come from checked identifiers: digits only), in chunks. */
  private static List<List<String>> chunks(Collection<String> identifiers) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>(Math.min(CHUNK, identifiers.size()));
    for (String identifier : identifiers) {
      chunk.add(Long.toString(Long.parseLong(identifier)));
      if (chunk.size() == CHUNK) {
        chunks.add(chunk);
        chunk = new ArrayList<>(CHUNK);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
