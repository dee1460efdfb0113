package io.github.ptce.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small Sirene stock extract written by the tests: SYNTHETIC rows (invented SIRENs with valid
 * check digits, invented names) in the exact published column layout (registers.md § 1.2 and §
 * 1.3), with real code values. Written as the published CSV in ZIP, as Parquet with every column as
 * text, and as Parquet with typed columns (numbers, dates, booleans), since the types of the
 * published Parquet were not inspected.
 *
 * <p>Public in the module's test-jar: the enricher's tests and the command-line and HTTP tests of
 * ptce-examples read the same extract.
 */
public final class SyntheticSirene {
  /** The 35 columns of StockUniteLegale, in file order. */
  public static final List<String> UNIT_COLUMNS =
      List.of(
          "siren",
          "statutDiffusionUniteLegale",
          "unitePurgeeUniteLegale",
          "dateCreationUniteLegale",
          "sigleUniteLegale",
          "sexeUniteLegale",
          "prenom1UniteLegale",
          "prenom2UniteLegale",
          "prenom3UniteLegale",
          "prenom4UniteLegale",
          "prenomUsuelUniteLegale",
          "pseudonymeUniteLegale",
          "identifiantAssociationUniteLegale",
          "trancheEffectifsUniteLegale",
          "anneeEffectifsUniteLegale",
          "dateDernierTraitementUniteLegale",
          "nombrePeriodesUniteLegale",
          "categorieEntreprise",
          "anneeCategorieEntreprise",
          "dateDebut",
          "etatAdministratifUniteLegale",
          "nomUniteLegale",
          "nomUsageUniteLegale",
          "denominationUniteLegale",
          "denominationUsuelle1UniteLegale",
          "denominationUsuelle2UniteLegale",
          "denominationUsuelle3UniteLegale",
          "categorieJuridiqueUniteLegale",
          "activitePrincipaleUniteLegale",
          "nomenclatureActivitePrincipaleUniteLegale",
          "nicSiegeUniteLegale",
          "economieSocialeSolidaireUniteLegale",
          "societeMissionUniteLegale",
          "caractereEmployeurUniteLegale",
          "activitePrincipaleNAF25UniteLegale");

  /** The 54 columns of StockEtablissement, in file order. */
  public static final List<String> ESTABLISHMENT_COLUMNS =
      List.of(
          "siren",
          "nic",
          "siret",
          "statutDiffusionEtablissement",
          "dateCreationEtablissement",
          "trancheEffectifsEtablissement",
          "anneeEffectifsEtablissement",
          "activitePrincipaleRegistreMetiersEtablissement",
          "dateDernierTraitementEtablissement",
          "etablissementSiege",
          "nombrePeriodesEtablissement",
          "complementAdresseEtablissement",
          "numeroVoieEtablissement",
          "indiceRepetitionEtablissement",
          "dernierNumeroVoieEtablissement",
          "indiceRepetitionDernierNumeroVoieEtablissement",
          "typeVoieEtablissement",
          "libelleVoieEtablissement",
          "codePostalEtablissement",
          "libelleCommuneEtablissement",
          "libelleCommuneEtrangerEtablissement",
          "distributionSpecialeEtablissement",
          "codeCommuneEtablissement",
          "codeCedexEtablissement",
          "libelleCedexEtablissement",
          "codePaysEtrangerEtablissement",
          "libellePaysEtrangerEtablissement",
          "identifiantAdresseEtablissement",
          "coordonneeLambertAbscisseEtablissement",
          "coordonneeLambertOrdonneeEtablissement",
          "complementAdresse2Etablissement",
          "numeroVoie2Etablissement",
          "indiceRepetition2Etablissement",
          "typeVoie2Etablissement",
          "libelleVoie2Etablissement",
          "codePostal2Etablissement",
          "libelleCommune2Etablissement",
          "libelleCommuneEtranger2Etablissement",
          "distributionSpeciale2Etablissement",
          "codeCommune2Etablissement",
          "codeCedex2Etablissement",
          "libelleCedex2Etablissement",
          "codePaysEtranger2Etablissement",
          "libellePaysEtranger2Etablissement",
          "dateDebut",
          "etatAdministratifEtablissement",
          "enseigne1Etablissement",
          "enseigne2Etablissement",
          "enseigne3Etablissement",
          "denominationUsuelleEtablissement",
          "activitePrincipaleEtablissement",
          "nomenclatureActivitePrincipaleEtablissement",
          "caractereEmployeurEtablissement",
          "activitePrincipaleNAF25Etablissement");

  // SYNTHETIC identifiers: 8 chosen digits and their Luhn key.
  public static final String ASSOCIATION = siren("10000001");
  public static final String SCIC = siren("10000002");
  public static final String SAS_SSE = siren("10000003");
  public static final String SAS_PLAIN = siren("10000004");
  public static final String COMMUNE = siren("21060069");
  public static final String EPCI = siren("20000039");
  public static final String CEASED = siren("10000005");
  public static final String NON_DIFFUSIBLE = siren("10000006");
  public static final String PARIS = siren("10000007");
  public static final String UNKNOWN_DATE = siren("10000008");
  public static final String ABSENT = siren("10000009");

  public static final String ASSOCIATION_HEAD = siret(ASSOCIATION, "0001");
  public static final String ASSOCIATION_CANNES = siret(ASSOCIATION, "0002");
  public static final String ASSOCIATION_CLOSED = siret(ASSOCIATION, "0003");
  public static final String CEASED_HEAD = siret(CEASED, "0001");
  public static final String NON_DIFFUSIBLE_HEAD = siret(NON_DIFFUSIBLE, "0001");
  public static final String PARIS_HEAD = siret(PARIS, "0001");
  public static final String ABSENT_SIRET = siret(SAS_PLAIN, "0099");

  private SyntheticSirene() {}

  public static String siren(String eight) {
    for (int key = 0; key <= 9; key++) {
      if (luhn(eight + key)) {
        return eight + key;
      }
    }
    throw new IllegalStateException();
  }

  public static String siret(String siren, String four) {
    for (int key = 0; key <= 9; key++) {
      if (luhn(siren + four + key)) {
        return siren + four + key;
      }
    }
    throw new IllegalStateException();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  /** The legal units, one map per row; absent columns are empty (null) in the file. */
  public static List<Map<String, String>> units() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(
        unit(
            ASSOCIATION,
            "O",
            "2010-03-15",
            "9220",
            "94.99Z",
            "A",
            "2010-03-15",
            "ASSOCIATION \"LES AMIS\", SYNTHETIQUE DU PAYS",
            "O",
            null,
            "W062000123",
            "02",
            "2023"));
    rows.add(
        unit(
            SCIC,
            "O",
            "2015-07-01",
            "5560",
            "70.22Z",
            "A",
            "2015-07-01",
            "SCIC SYNTHETIQUE",
            "O",
            null,
            null,
            "11",
            "2023"));
    rows.add(
        unit(
            SAS_SSE,
            "O",
            "2019-01-10",
            "5710",
            "62.01Z",
            "A",
            "2021-02-01",
            "SAS SOLIDAIRE SYNTHETIQUE",
            "O",
            "O",
            null,
            "01",
            "2023"));
    rows.add(
        unit(
            SAS_PLAIN,
            "O",
            "2018-05-20",
            "5710",
            "47.11B",
            "A",
            "2018-05-20",
            "SAS ORDINAIRE SYNTHETIQUE",
            null,
            null,
            null,
            "NN",
            null));
    rows.add(
        unit(
            COMMUNE,
            "O",
            "1983-03-01",
            "7210",
            "84.11Z",
            "A",
            "2008-01-01",
            "COMMUNE SYNTHETIQUE",
            null,
            null,
            null,
            "21",
            "2023"));
    rows.add(
        unit(
            EPCI,
            "O",
            "2014-01-01",
            "7348",
            "84.11Z",
            "A",
            "2014-01-01",
            "COMMUNAUTE D AGGLOMERATION SYNTHETIQUE",
            null,
            null,
            null,
            "22",
            "2023"));
    rows.add(
        unit(
            CEASED,
            "O",
            "2001-09-01",
            "9220",
            "88.99B",
            "C",
            "2019-06-30",
            "ASSOCIATION DISSOUTE SYNTHETIQUE",
            "O",
            null,
            "W062000456",
            "NN",
            null));
    Map<String, String> hidden =
        unit(
            NON_DIFFUSIBLE,
            "P",
            "2020-02-02",
            "1000",
            "90.01Z",
            "A",
            "2020-02-02",
            null,
            null,
            null,
            null,
            "NN",
            null);
    hidden.put("nomUniteLegale", "[ND]");
    hidden.put("prenom1UniteLegale", "[ND]");
    hidden.put("prenomUsuelUniteLegale", "[ND]");
    hidden.put("sexeUniteLegale", "[ND]");
    rows.add(hidden);
    rows.add(
        unit(
            PARIS,
            "O",
            "2012-11-12",
            "9220",
            "85.59A",
            "A",
            "2012-11-12",
            "ASSOCIATION PARISIENNE SYNTHETIQUE",
            "O",
            null,
            "W751000789",
            "03",
            "2022"));
    rows.add(
        unit(
            UNKNOWN_DATE,
            "O",
            "1900-01-01",
            "9300",
            "94.99Z",
            "A",
            "1900-01-01",
            "FONDATION SYNTHETIQUE",
            "O",
            null,
            null,
            null,
            null));
    return rows;
  }

  /** The establishments. */
  public static List<Map<String, String>> establishments() {
    List<Map<String, String>> rows = new ArrayList<>();
    rows.add(
        establishment(
            ASSOCIATION_HEAD,
            "O",
            "true",
            "06069",
            "06130",
            "A",
            "2010-03-15",
            "94.99Z",
            "O",
            "02"));
    rows.add(
        establishment(
            ASSOCIATION_CANNES,
            "O",
            "false",
            "06029",
            "06400",
            "A",
            "2016-09-01",
            "88.99B",
            "N",
            "NN"));
    rows.add(
        establishment(
            ASSOCIATION_CLOSED,
            "O",
            "false",
            "06088",
            "06000",
            "F",
            "2012-01-01",
            "88.99B",
            "O",
            null));
    rows.add(
        establishment(
            siret(SCIC, "0001"),
            "O",
            "true",
            "06069",
            "06130",
            "A",
            "2015-07-01",
            "70.22Z",
            "O",
            "11"));
    rows.add(
        establishment(
            siret(SAS_SSE, "0001"),
            "O",
            "true",
            "13206",
            "13006",
            "A",
            "2019-01-10",
            "62.01Z",
            null,
            "01"));
    rows.add(
        establishment(
            siret(SAS_PLAIN, "0001"),
            "O",
            "true",
            "69383",
            "69003",
            "A",
            "2018-05-20",
            "47.11B",
            "N",
            "NN"));
    rows.add(
        establishment(
            siret(COMMUNE, "0001"),
            "O",
            "true",
            "06069",
            "06130",
            "A",
            "1983-03-01",
            "84.11Z",
            "O",
            "21"));
    rows.add(
        establishment(
            siret(EPCI, "0001"),
            "O",
            "true",
            "06069",
            "06130",
            "A",
            "2014-01-01",
            "84.11Z",
            "O",
            "22"));
    rows.add(
        establishment(
            CEASED_HEAD, "O", "true", "06029", "06400", "F", "2019-06-30", "88.99B", "O", null));
    Map<String, String> hidden =
        establishment(
            NON_DIFFUSIBLE_HEAD,
            "P",
            "true",
            "06069",
            "[ND]",
            "A",
            "2020-02-02",
            "90.01Z",
            "N",
            "NN");
    for (String column :
        List.of(
            "numeroVoieEtablissement",
            "typeVoieEtablissement",
            "libelleVoieEtablissement",
            "coordonneeLambertAbscisseEtablissement",
            "coordonneeLambertOrdonneeEtablissement")) {
      hidden.put(column, "[ND]");
    }
    rows.add(hidden);
    rows.add(
        establishment(
            PARIS_HEAD, "O", "true", "75115", "75015", "A", "2012-11-12", "85.59A", "O", "03"));
    rows.add(
        establishment(
            siret(UNKNOWN_DATE, "0001"),
            "O",
            "true",
            "06069",
            "06130",
            "A",
            "1900-01-01",
            "94.99Z",
            null,
            null));
    return rows;
  }

  private static Map<String, String> unit(
      String siren,
      String diffusion,
      String creation,
      String category,
      String activity,
      String state,
      String periodStart,
      String name,
      String sse,
      String mission,
      String rna,
      String band,
      String bandYear) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("siren", siren);
    row.put("statutDiffusionUniteLegale", diffusion);
    row.put("dateCreationUniteLegale", creation);
    row.put("identifiantAssociationUniteLegale", rna);
    row.put("trancheEffectifsUniteLegale", band);
    row.put("anneeEffectifsUniteLegale", bandYear);
    row.put("dateDernierTraitementUniteLegale", "2026-10-28T09:15:02.000");
    row.put("nombrePeriodesUniteLegale", "1");
    row.put("dateDebut", periodStart);
    row.put("etatAdministratifUniteLegale", state);
    row.put("denominationUniteLegale", name);
    row.put("categorieJuridiqueUniteLegale", category);
    row.put("activitePrincipaleUniteLegale", activity);
    row.put("nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
    row.put("nicSiegeUniteLegale", "00019");
    row.put("economieSocialeSolidaireUniteLegale", sse);
    row.put("societeMissionUniteLegale", mission);
    row.put("activitePrincipaleNAF25UniteLegale", activity.substring(0, 5) + "Y");
    return row;
  }

  private static Map<String, String> establishment(
      String siret,
      String diffusion,
      String headOffice,
      String commune,
      String postalCode,
      String state,
      String periodStart,
      String activity,
      String employer,
      String band) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("siren", siret.substring(0, 9));
    row.put("nic", siret.substring(9));
    row.put("siret", siret);
    row.put("statutDiffusionEtablissement", diffusion);
    row.put("dateCreationEtablissement", periodStart);
    row.put("trancheEffectifsEtablissement", band);
    row.put("anneeEffectifsEtablissement", band == null || "NN".equals(band) ? null : "2023");
    row.put("dateDernierTraitementEtablissement", "2026-10-30T11:02:45.000");
    row.put("etablissementSiege", headOffice);
    row.put("nombrePeriodesEtablissement", "1");
    row.put("numeroVoieEtablissement", "12");
    row.put("typeVoieEtablissement", "RUE");
    row.put("libelleVoieEtablissement", "DE LA COOPERATION");
    row.put("codePostalEtablissement", postalCode);
    row.put("libelleCommuneEtablissement", "COMMUNE " + commune);
    row.put("codeCommuneEtablissement", commune);
    row.put("dateDebut", periodStart);
    row.put("etatAdministratifEtablissement", state);
    row.put("activitePrincipaleEtablissement", activity);
    row.put("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
    row.put("caractereEmployeurEtablissement", employer);
    row.put("activitePrincipaleNAF25Etablissement", activity.substring(0, 5) + "Y");
    return row;
  }

  /** Writes a CSV the way INSEE does: UTF-8, comma, a header, quotes only where needed. */
  public static String csv(List<String> columns, List<Map<String, String>> rows) {
    StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        String value = row.get(column);
        if (value == null) {
          cells.add("");
        } else if (value.contains(",") || value.contains("\"")) {
          cells.add('"' + value.replace("\"", "\"\"") + '"');
        } else {
          cells.add(value);
        }
      }
      out.append(String.join(",", cells)).append('\n');
    }
    return out.toString();
  }

  /** Writes both files as CSV in ZIP, as published; the entries are dated 1 November 2026. */
  public static void writeZip(Path directory) throws IOException {
    zip(
        directory.resolve("StockUniteLegale_utf8.zip"),
        "StockUniteLegale_utf8.csv",
        csv(UNIT_COLUMNS, units()));
    zip(
        directory.resolve("StockEtablissement_utf8.zip"),
        "StockEtablissement_utf8.csv",
        csv(ESTABLISHMENT_COLUMNS, establishments()));
  }

  public static void zip(Path zip, String entryName, String content) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      ZipEntry entry = new ZipEntry(entryName);
      entry.setTimeLocal(LocalDateTime.of(2026, 11, 1, 3, 0));
      out.putNextEntry(entry);
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }

  /**
   * Writes both files as Parquet with DuckDB.
   *
   * @param typed false: every column as text; true: the SIREN and SIRET as numbers, dates as dates,
   *     the head-office flag as a boolean
   */
  public static void writeParquet(Path directory, boolean typed) throws IOException, SQLException {
    Path work = Files.createTempDirectory(directory, "csv");
    Path units = work.resolve("units.csv");
    Path establishments = work.resolve("establishments.csv");
    Files.writeString(units, csv(UNIT_COLUMNS, units()));
    Files.writeString(establishments, csv(ESTABLISHMENT_COLUMNS, establishments()));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE u AS SELECT * FROM read_csv('"
              + units
              + "', header = true, all_varchar = true)");
      statement.execute(
          "CREATE TABLE e AS SELECT * FROM read_csv('"
              + establishments
              + "', header = true, all_varchar = true)");
      if (typed) {
        statement.execute(
            "CREATE TABLE u2 AS SELECT * REPLACE (CAST(siren AS BIGINT) AS siren, "
                + "CAST(dateCreationUniteLegale AS DATE) AS dateCreationUniteLegale, CAST(dateDebut AS DATE) AS dateDebut, "
                + "CAST(dateDernierTraitementUniteLegale AS TIMESTAMP) AS dateDernierTraitementUniteLegale) FROM u");
        statement.execute(
            "CREATE TABLE e2 AS SELECT * REPLACE (CAST(siren AS BIGINT) AS siren, "
                + "CAST(siret AS BIGINT) AS siret, CAST(etablissementSiege AS BOOLEAN) AS etablissementSiege, "
                + "CAST(dateDebut AS DATE) AS dateDebut, "
                + "CAST(dateDernierTraitementEtablissement AS TIMESTAMP) AS dateDernierTraitementEtablissement) FROM e");
      }
      statement.execute(
          "COPY "
              + (typed ? "u2" : "u")
              + " TO '"
              + directory.resolve("StockUniteLegale_utf8.parquet")
              + "' (FORMAT parquet)");
      statement.execute(
          "COPY "
              + (typed ? "e2" : "e")
              + " TO '"
              + directory.resolve("StockEtablissement_utf8.parquet")
              + "' (FORMAT parquet)");
    }
    Files.delete(units);
    Files.delete(establishments);
    Files.delete(work);
    // Downloaded on 3 November 2026, say: the modification time is what remains without statistics.
    FileTime downloaded =
        FileTime.fromMillis(java.time.Instant.parse("2026-11-03T08:00:00Z").toEpochMilli());
    Files.setLastModifiedTime(directory.resolve("StockUniteLegale_utf8.parquet"), downloaded);
    Files.setLastModifiedTime(directory.resolve("StockEtablissement_utf8.parquet"), downloaded);
  }
}
