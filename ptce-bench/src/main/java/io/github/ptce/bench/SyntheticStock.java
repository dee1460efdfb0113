package io.github.ptce.bench;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A SYNTHETIC Sirene stock, generated with DuckDB in the published layout (every column of
 * StockUniteLegale and StockEtablissement, in file order), for benchmarks: no real unit, plausible
 * distributions of the columns ptce reads, the other columns null.
 *
 * <p>Unit {@code i} (from 0) has the SIREN {@code 10000000 + 3 i} followed by its Luhn key, so the
 * SIRENs are valid, sorted and spread; its head office is NIC {@code 0001} + key. Extra
 * establishments (NIC {@code 0002} + key, one per unit, at most one per unit) go to the first units
 * until the establishment count is reached. Both files are written in SIREN order. Generated once
 * per size in the cache directory ({@code -Dptce.bench.sirene.dir}, default {@code
 * ptce-bench/target/sirene}) and reused.
 */
public final class SyntheticStock {
  private SyntheticStock() {}

  /** The directory of the stock of that size, generated if absent. */
  static Path ensure(long units, long establishments) throws IOException, SQLException {
    if (establishments < units || establishments > 2 * units) {
      throw new IllegalArgumentException(
          "establishments must be from units to twice units: " + units + ":" + establishments);
    }
    Path root = Path.of(System.getProperty("ptce.bench.sirene.dir", "ptce-bench/target/sirene"));
    Path dir = root.resolve(units + "-" + establishments);
    if (Files.isRegularFile(dir.resolve("StockUniteLegale_utf8.parquet"))
        && Files.isRegularFile(dir.resolve("StockEtablissement_utf8.parquet"))) {
      return dir;
    }
    Files.createDirectories(dir);
    long start = System.nanoTime();
    generate(dir, units, establishments);
    System.out.printf(
        Locale.ROOT,
        "# generated %,d units and %,d establishments in %s in %.1f s%n",
        units,
        establishments,
        dir,
        (System.nanoTime() - start) / 1e9);
    return dir;
  }

  /** The SIREN of unit {@code i}. */
  static Siren siren(long i) {
    String base = Long.toString(10_000_000L + 3 * i);
    return Siren.parse(base + key(base));
  }

  /** A SIREN that is valid but absent: between two generated ones. */
  static Siren absent(long i) {
    String base = Long.toString(10_000_000L + 3 * i + 1);
    return Siren.parse(base + key(base));
  }

  static int key(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if ((digits.length() - i) % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  private static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }

  private static void generate(Path dir, long units, long establishments)
      throws SQLException, IOException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = connection.createStatement()) {
      sql.execute("SET memory_limit = '2GB'");
      sql.execute("SET threads = 2");
      sql.execute("SET temp_directory = '" + dir.resolve("spill") + "'");
      // The Luhn key of a number of up to 13 digits, as Siren and Siret check it, in arithmetic:
      // once the key is
      // appended, the number's last digit d0 is doubled (2 d - 9 when d >= 5), d1 is not, d2 is,
      // and so on.
      StringBuilder sum = new StringBuilder();
      for (int k = 0; k < 13; k++) {
        String digit = "((n // " + pow10(k) + ") % 10)";
        sum.append(k == 0 ? "" : " + ")
            .append(k % 2 == 0 ? "(2 * " + digit + " - 9 * (" + digit + " // 5))" : digit);
      }
      sql.execute("CREATE MACRO luhn_key(n) AS CAST((10 - (" + sum + ") % 10) % 10 AS BIGINT)");
      sql.execute("CREATE MACRO pick(h, n) AS CAST(hash(h) % n AS BIGINT)");

      String unitsSql =
          "SELECT "
              + String.join(
                  ", ",
                  List.of(
                      "CAST(b * 10 + luhn_key(b) AS VARCHAR) AS siren",
                      "CASE WHEN pick(i * 7, 100) = 0 THEN 'P' ELSE 'O' END AS statutDiffusionUniteLegale",
                      "CAST(NULL AS VARCHAR) AS unitePurgeeUniteLegale",
                      "CAST(DATE '1970-01-01' + CAST(pick(i * 11, 20000) AS INTEGER) AS VARCHAR) AS dateCreationUniteLegale",
                      "CAST(NULL AS VARCHAR) AS sigleUniteLegale",
                      "CAST(NULL AS VARCHAR) AS sexeUniteLegale",
                      "CAST(NULL AS VARCHAR) AS prenom1UniteLegale",
                      "CAST(NULL AS VARCHAR) AS prenom2UniteLegale",
                      "CAST(NULL AS VARCHAR) AS prenom3UniteLegale",
                      "CAST(NULL AS VARCHAR) AS prenom4UniteLegale",
                      "CAST(NULL AS VARCHAR) AS prenomUsuelUniteLegale",
                      "CAST(NULL AS VARCHAR) AS pseudonymeUniteLegale",
                      "CASE WHEN cat = '9220' THEN 'W' || lpad(CAST(i % 1000000000 AS VARCHAR), 9, '0') END "
                          + "AS identifiantAssociationUniteLegale",
                      "(['NN', 'NN', 'NN', '00', '01', '02', '03', '11', '12', '21'])[pick(i * 13, 10) + 1] "
                          + "AS trancheEffectifsUniteLegale",
                      "'2023' AS anneeEffectifsUniteLegale",
                      "'2026-10-' || lpad(CAST(1 + pick(i * 17, 28) AS VARCHAR), 2, '0') || 'T03:00:00.000' "
                          + "AS dateDernierTraitementUniteLegale",
                      "'1' AS nombrePeriodesUniteLegale",
                      "'PME' AS categorieEntreprise",
                      "'2023' AS anneeCategorieEntreprise",
                      "CAST(DATE '2000-01-01' + CAST(pick(i * 19, 9000) AS INTEGER) AS VARCHAR) AS dateDebut",
                      "CASE WHEN pick(i * 23, 10) < 3 THEN 'C' ELSE 'A' END AS etatAdministratifUniteLegale",
                      "CAST(NULL AS VARCHAR) AS nomUniteLegale",
                      "CAST(NULL AS VARCHAR) AS nomUsageUniteLegale",
                      "CASE WHEN cat = '1000' THEN NULL ELSE 'UNITE SYNTHETIQUE ' || i END AS denominationUniteLegale",
                      "CAST(NULL AS VARCHAR) AS denominationUsuelle1UniteLegale",
                      "CAST(NULL AS VARCHAR) AS denominationUsuelle2UniteLegale",
                      "CAST(NULL AS VARCHAR) AS denominationUsuelle3UniteLegale",
                      "cat AS categorieJuridiqueUniteLegale",
                      "(['94.99Z', '88.99B', '62.01Z', '47.11B', '70.22Z', '84.11Z', '56.10A', '43.21A'])[pick(i * 29, 8) + 1] "
                          + "AS activitePrincipaleUniteLegale",
                      "'NAFRev2' AS nomenclatureActivitePrincipaleUniteLegale",
                      "'00012' AS nicSiegeUniteLegale",
                      "CASE WHEN pick(i * 31, 1000) < 30 THEN 'O' WHEN pick(i * 31, 1000) < 36 THEN 'N' END "
                          + "AS economieSocialeSolidaireUniteLegale",
                      "CASE WHEN pick(i * 37, 1000) < 2 THEN 'O' END AS societeMissionUniteLegale",
                      "CAST(NULL AS VARCHAR) AS caractereEmployeurUniteLegale",
                      "'94.99Y' AS activitePrincipaleNAF25UniteLegale"));
      sql.execute(
          "COPY ("
              + unitsSql
              + " FROM (SELECT i, 10000000 + 3 * i AS b, "
              + "(['1000', '1000', '1000', '5710', '5710', '5499', '9220', '9220', '5560', '7210'])[pick(i * 5, 10) + 1] "
              + "AS cat FROM range("
              + units
              + ") t(i))) TO '"
              + dir.resolve("StockUniteLegale_utf8.parquet")
              + ".tmp' (FORMAT parquet, COMPRESSION zstd)");

      // Extra establishments (NIC 0002) go to the first units, one each: extra <= units.
      long extra = establishments - units;
      String etablissementsSql =
          "SELECT "
              + String.join(
                  ", ",
                  List.of(
                      "CAST(sn AS VARCHAR) AS siren",
                      "lpad(CAST((tb * 10 + luhn_key(tb)) % 100000 AS VARCHAR), 5, '0') AS nic",
                      "CAST(tb * 10 + luhn_key(tb) AS VARCHAR) AS siret",
                      "CASE WHEN pick(u * 7, 100) = 0 THEN 'P' ELSE 'O' END AS statutDiffusionEtablissement",
                      "CAST(DATE '1970-01-01' + CAST(pick(j * 11, 20000) AS INTEGER) AS VARCHAR) AS dateCreationEtablissement",
                      "(['NN', 'NN', '00', '01', '02', '03', '11'])[pick(j * 13, 7) + 1] AS trancheEffectifsEtablissement",
                      "'2023' AS anneeEffectifsEtablissement",
                      "CAST(NULL AS VARCHAR) AS activitePrincipaleRegistreMetiersEtablissement",
                      "'2026-10-30T03:00:00.000' AS dateDernierTraitementEtablissement",
                      "CASE WHEN k = 1 THEN 'true' ELSE 'false' END AS etablissementSiege",
                      "'1' AS nombrePeriodesEtablissement",
                      "CAST(NULL AS VARCHAR) AS complementAdresseEtablissement",
                      "'12' AS numeroVoieEtablissement",
                      "CAST(NULL AS VARCHAR) AS indiceRepetitionEtablissement",
                      "CAST(NULL AS VARCHAR) AS dernierNumeroVoieEtablissement",
                      "CAST(NULL AS VARCHAR) AS indiceRepetitionDernierNumeroVoieEtablissement",
                      "'RUE' AS typeVoieEtablissement",
                      "'DE LA COOPERATION' AS libelleVoieEtablissement",
                      "commune AS codePostalEtablissement",
                      "'COMMUNE ' || commune AS libelleCommuneEtablissement",
                      "CAST(NULL AS VARCHAR) AS libelleCommuneEtrangerEtablissement",
                      "CAST(NULL AS VARCHAR) AS distributionSpecialeEtablissement",
                      "commune AS codeCommuneEtablissement",
                      "CAST(NULL AS VARCHAR) AS codeCedexEtablissement",
                      "CAST(NULL AS VARCHAR) AS libelleCedexEtablissement",
                      "CAST(NULL AS VARCHAR) AS codePaysEtrangerEtablissement",
                      "CAST(NULL AS VARCHAR) AS libellePaysEtrangerEtablissement",
                      "CAST(NULL AS VARCHAR) AS identifiantAdresseEtablissement",
                      "'1025000.0' AS coordonneeLambertAbscisseEtablissement",
                      "'6290000.0' AS coordonneeLambertOrdonneeEtablissement",
                      "CAST(NULL AS VARCHAR) AS complementAdresse2Etablissement",
                      "CAST(NULL AS VARCHAR) AS numeroVoie2Etablissement",
                      "CAST(NULL AS VARCHAR) AS indiceRepetition2Etablissement",
                      "CAST(NULL AS VARCHAR) AS typeVoie2Etablissement",
                      "CAST(NULL AS VARCHAR) AS libelleVoie2Etablissement",
                      "CAST(NULL AS VARCHAR) AS codePostal2Etablissement",
                      "CAST(NULL AS VARCHAR) AS libelleCommune2Etablissement",
                      "CAST(NULL AS VARCHAR) AS libelleCommuneEtranger2Etablissement",
                      "CAST(NULL AS VARCHAR) AS distributionSpeciale2Etablissement",
                      "CAST(NULL AS VARCHAR) AS codeCommune2Etablissement",
                      "CAST(NULL AS VARCHAR) AS codeCedex2Etablissement",
                      "CAST(NULL AS VARCHAR) AS libelleCedex2Etablissement",
                      "CAST(NULL AS VARCHAR) AS codePaysEtranger2Etablissement",
                      "CAST(NULL AS VARCHAR) AS libellePaysEtranger2Etablissement",
                      "CAST(DATE '2000-01-01' + CAST(pick(j * 19, 9000) AS INTEGER) AS VARCHAR) AS dateDebut",
                      "CASE WHEN pick(j * 23, 10) < 3 THEN 'F' ELSE 'A' END AS etatAdministratifEtablissement",
                      "CAST(NULL AS VARCHAR) AS enseigne1Etablissement",
                      "CAST(NULL AS VARCHAR) AS enseigne2Etablissement",
                      "CAST(NULL AS VARCHAR) AS enseigne3Etablissement",
                      "CAST(NULL AS VARCHAR) AS denominationUsuelleEtablissement",
                      "'94.99Z' AS activitePrincipaleEtablissement",
                      "'NAFRev2' AS nomenclatureActivitePrincipaleEtablissement",
                      "CASE WHEN pick(j * 41, 10) < 3 THEN 'O' WHEN pick(j * 41, 10) < 9 THEN 'N' END "
                          + "AS caractereEmployeurEtablissement",
                      "'94.99Y' AS activitePrincipaleNAF25Etablissement"));
      // Establishment j, in SIREN order: the first 2 x extra are the head office (k = 1) and the
      // second
      // establishment (k = 2) of units 0 .. extra - 1; the others the head offices of the remaining
      // units.
      sql.execute(
          "COPY ("
              + etablissementsSql
              + " FROM (SELECT j, u, k, sn, sn * 10000 + k AS tb, "
              + "(['06069', '06029', '06088', '75115', '13206', '69383', '35238', '59350', '33063', '31555'])"
              + "[pick(u * 43, 10) + 1] AS commune "
              + "FROM (SELECT j, u, k, (10000000 + 3 * u) * 10 + luhn_key(10000000 + 3 * u) AS sn FROM (SELECT j, "
              + "CASE WHEN j < 2 * "
              + extra
              + " THEN j // 2 ELSE j - "
              + extra
              + " END AS u, "
              + "CASE WHEN j < 2 * "
              + extra
              + " THEN j % 2 + 1 ELSE 1 END AS k "
              + "FROM range("
              + establishments
              + ") t(j))))) TO '"
              + dir.resolve("StockEtablissement_utf8.parquet")
              + ".tmp' (FORMAT parquet, COMPRESSION zstd)");
      try (ResultSet check =
          sql.executeQuery(
              "SELECT siren, siret FROM read_parquet('"
                  + dir.resolve("StockEtablissement_utf8.parquet")
                  + ".tmp') LIMIT 1000")) {
        while (check.next()) {
          Siren.parse(check.getString(1));
          Siret.parse(check.getString(2));
        }
      }
    }
    for (String name :
        List.of("StockUniteLegale_utf8.parquet", "StockEtablissement_utf8.parquet")) {
      Files.move(
          dir.resolve(name + ".tmp"), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
