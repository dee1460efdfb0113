package io.github.ptce.registers.internal.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The two SQL queries of a batch, written once for the column types of the files at hand.
 *
 * <p>Every column is read as text. A Parquet file may store a code as a number (third-party code
 * casts some columns back to text, registers.md § 4.2): such a column is padded back to its width
 * with zeros.
 */
final class StockQueries {
  /** Columns holding zero-padded codes, with their width. */
  private static final Map<String, Integer> WIDTHS =
      Map.of(
          "siren",
          9,
          "siret",
          14,
          "trancheEffectifsUniteLegale",
          2,
          "trancheEffectifsEtablissement",
          2,
          "codePostalEtablissement",
          5,
          "codeCommuneEtablissement",
          5);

  private static final Set<String> INTEGER_TYPES =
      Set.of(
          "TINYINT",
          "SMALLINT",
          "INTEGER",
          "BIGINT",
          "HUGEINT",
          "UTINYINT",
          "USMALLINT",
          "UINTEGER",
          "UBIGINT",
          "UHUGEINT");

  /** The column of per-unit counts and of masked fields in the result rows. */
  static final String ACTIVE = "ptce_active";

  static final String EMPLOYER = "ptce_employer";
  static final String NON_EMPLOYER = "ptce_non_employer";
  static final String MASKED = "ptce_masked";

  private final String unitView;
  private final Map<String, String> unitColumns;
  private final String establishmentView;
  private final Map<String, String> establishmentColumns;
  private final boolean names;

  StockQueries(
      String unitView,
      Map<String, String> unitColumns,
      String establishmentView,
      Map<String, String> establishmentColumns,
      boolean names) {
    this.names = names;
    this.unitView = unitView;
    this.unitColumns = unitColumns;
    this.establishmentView = establishmentView;
    this.establishmentColumns = establishmentColumns;
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static boolean isInteger(@Nullable String type) {
    return type != null && INTEGER_TYPES.contains(type.toUpperCase(Locale.ROOT));
  }

  boolean unitKeyNumeric() {
    return isInteger(unitColumns.get("siren"));
  }

  String unitKeyType() {
    return unitKeyNumeric() ? "BIGINT" : "VARCHAR";
  }

  boolean establishmentSirenNumeric() {
    return isInteger(establishmentColumns.get("siren"));
  }

  String establishmentSirenType() {
    return establishmentSirenNumeric() ? "BIGINT" : "VARCHAR";
  }

  boolean siretNumeric() {
    return isInteger(establishmentColumns.get("siret"));
  }

  String siretType() {
    return siretNumeric() ? "BIGINT" : "VARCHAR";
  }

  /** A column as text, padded back when stored as a number; null when the file does not have it. */
  private static String text(String alias, String column, Map<String, String> columns) {
    String type = columns.get(column);
    if (type == null) {
      return "CAST(NULL AS VARCHAR) AS " + identifier(column);
    }
    String ref = alias + "." + identifier(column);
    Integer width = WIDTHS.get(column);
    String expression =
        width != null && isInteger(type)
            ? "lpad(CAST(" + ref + " AS VARCHAR), " + width + ", '0')"
            : "CAST(" + ref + " AS VARCHAR)";
    return expression + " AS " + identifier(column);
  }

  private String select(String alias, StockLayout layout, Map<String, String> columns) {
    List<String> parts = new ArrayList<>();
    for (String column : layout.required()) {
      if (names || !StockLayout.NAME.equals(column)) {
        parts.add(text(alias, column, columns));
      }
    }
    for (String column : layout.optional()) {
      parts.add(text(alias, column, columns));
    }
    return String.join(",\n  ", parts);
  }

  /**
   * Which columns are masked, without reading their values: the names of those holding {@code
   * [ND]}.
   */
  private static String masks(String alias, StockLayout layout, Map<String, String> columns) {
    return maskList(alias, layout, columns) + " AS " + MASKED;
  }

  private static String maskList(String alias, StockLayout layout, Map<String, String> columns) {
    List<String> masks = new ArrayList<>();
    for (String column : layout.maskable()) {
      if (columns.containsKey(column)) {
        masks.add(
            "CASE WHEN CAST("
                + alias
                + "."
                + identifier(column)
                + " AS VARCHAR) = '[ND]' THEN "
                + literal(column)
                + " END");
      }
    }
    return masks.isEmpty()
        ? "CAST(NULL AS VARCHAR)"
        : "concat_ws(',', " + String.join(", ", masks) + ")";
  }

  /**
   * The masked columns of the partially diffusible units in the table. A separate query, because
   * the columns INSEE masks are names and addresses, long and varied: reading them for every row of
   * a batch would cost more than the rest of the lookup, and only the few units in partial
   * diffusion need them.
   */
  String unitMaskQuery(String wantedTable) {
    return "SELECT "
        + text("u", "siren", unitColumns)
        + ", "
        + masks("u", StockLayout.UNITS, unitColumns)
        + "\nFROM "
        + unitView
        + " u SEMI JOIN "
        + wantedTable
        + " w ON u.siren = w.siren";
  }

  /** The masked columns of the partially diffusible establishments in the table. */
  String establishmentMaskQuery(String wantedTable) {
    return "SELECT "
        + text("e", "siret", establishmentColumns)
        + ", "
        + masks("e", StockLayout.ESTABLISHMENTS, establishmentColumns)
        + "\nFROM "
        + establishmentView
        + " e SEMI JOIN "
        + wantedTable
        + " w ON e.siret = w.siret";
  }

  /**
   * The table of legal units of a prepared database: every column the lookup reads (names included)
   * as text, the masked columns of those in partial diffusion, the SIREN as a number to index, and
   * per unit its head office and the counts of its active establishments and their employer flags,
   * computed once here instead of at every batch.
   */
  String preparedUnits(String table) {
    String state = "CAST(e.etatAdministratifEtablissement AS VARCHAR)";
    String employer = "CAST(e.caractereEmployeurEtablissement AS VARCHAR)";
    String counts =
        "SELECT CAST(e.siren AS BIGINT) AS ptce_unit,\n"
            + "  max(CASE WHEN lower(CAST(e.etablissementSiege AS VARCHAR)) = 'true' THEN CAST(e.siret AS BIGINT) END)"
            + " AS ptce_head,\n"
            + "  sum(CASE WHEN "
            + state
            + " = 'A' THEN 1 ELSE 0 END) AS "
            + ACTIVE
            + ",\n"
            + "  sum(CASE WHEN "
            + state
            + " = 'A' AND "
            + employer
            + " = 'O' THEN 1 ELSE 0 END) AS "
            + EMPLOYER
            + ",\n"
            + "  sum(CASE WHEN "
            + state
            + " = 'A' AND "
            + employer
            + " = 'N' THEN 1 ELSE 0 END) AS "
            + NON_EMPLOYER
            + "\nFROM "
            + establishmentView
            + " e GROUP BY 1";
    return "CREATE TABLE "
        + table
        + " AS SELECT CAST(u.siren AS BIGINT) AS ptce_key,\n  "
        + select("u", StockLayout.UNITS, unitColumns)
        + ",\n"
        + "  CASE WHEN CAST(u.statutDiffusionUniteLegale AS VARCHAR) <> 'O' THEN "
        + maskList("u", StockLayout.UNITS, unitColumns)
        + " END AS "
        + MASKED
        + ",\n"
        + "  c.ptce_head, c."
        + ACTIVE
        + ", c."
        + EMPLOYER
        + ", c."
        + NON_EMPLOYER
        + "\n"
        + "FROM "
        + unitView
        + " u LEFT JOIN ("
        + counts
        + ") c ON c.ptce_unit = CAST(u.siren AS BIGINT)\n"
        + "ORDER BY ptce_key";
  }

  /** The table of establishments of a prepared database, by SIRET as a number to index. */
  String preparedEstablishments(String table) {
    return "CREATE TABLE "
        + table
        + " AS SELECT CAST(e.siret AS BIGINT) AS ptce_key,\n  "
        + select("e", StockLayout.ESTABLISHMENTS, establishmentColumns)
        + ",\n"
        + "  CASE WHEN CAST(e.statutDiffusionEtablissement AS VARCHAR) <> 'O' THEN "
        + maskList("e", StockLayout.ESTABLISHMENTS, establishmentColumns)
        + " END AS "
        + MASKED
        + "\n"
        + "FROM "
        + establishmentView
        + " e\nORDER BY ptce_key";
  }

  /** The legal units whose SIREN is in the table. */
  String unitQuery(String wantedTable) {
    return "SELECT\n  "
        + select("u", StockLayout.UNITS, unitColumns)
        + "\nFROM "
        + unitView
        + " u SEMI JOIN "
        + wantedTable
        + " w ON u.siren = w.siren";
  }

  /**
   * The head offices of the units in the first table and the establishments in the second, with,
   * for each unit, its active establishments and how many of them are flagged employer or
   * non-employer.
   */
  String establishmentQuery(String wantedUnits, String wantedSirets) {
    String state = "CAST(e.etatAdministratifEtablissement AS VARCHAR)";
    String employer = "CAST(e.caractereEmployeurEtablissement AS VARCHAR)";
    return "SELECT\n  "
        + select("e", StockLayout.ESTABLISHMENTS, establishmentColumns)
        + ",\n"
        + "  sum(CASE WHEN "
        + state
        + " = 'A' THEN 1 ELSE 0 END) OVER per_unit AS "
        + ACTIVE
        + ",\n"
        + "  sum(CASE WHEN "
        + state
        + " = 'A' AND "
        + employer
        + " = 'O' THEN 1 ELSE 0 END) OVER per_unit AS "
        + EMPLOYER
        + ",\n"
        + "  sum(CASE WHEN "
        + state
        + " = 'A' AND "
        + employer
        + " = 'N' THEN 1 ELSE 0 END) OVER per_unit AS "
        + NON_EMPLOYER
        + "\n"
        + "FROM "
        + establishmentView
        + " e SEMI JOIN "
        + wantedUnits
        + " w ON e.siren = w.siren\n"
        + "WINDOW per_unit AS (PARTITION BY e.siren)\n"
        + "QUALIFY lower(CAST(e.etablissementSiege AS VARCHAR)) = 'true' OR e.siret IN (SELECT siret FROM "
        + wantedSirets
        + ")";
  }
}
