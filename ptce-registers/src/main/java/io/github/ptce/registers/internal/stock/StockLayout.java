package io.github.ptce.registers.internal.stock;

import java.util.List;

/**
 * The columns ptce reads from the two stock files (layout 3.11 of the Sirene stock, registers.md §
 * 1.2 and § 1.3), by their published names.
 */
// The lists are List.of: immutable, which the check, knowing only Guava's immutable types, cannot
// see.
@SuppressWarnings("ImmutableEnumChecker")
enum StockLayout {
  /** {@code StockUniteLegale_utf8}. */
  UNITS(
      "StockUniteLegale_utf8",
      "siren",
      List.of(
          "siren",
          "statutDiffusionUniteLegale",
          "unitePurgeeUniteLegale",
          "dateCreationUniteLegale",
          "identifiantAssociationUniteLegale",
          "trancheEffectifsUniteLegale",
          "anneeEffectifsUniteLegale",
          "dateDernierTraitementUniteLegale",
          "dateDebut",
          "etatAdministratifUniteLegale",
          "denominationUniteLegale",
          "categorieJuridiqueUniteLegale",
          "activitePrincipaleUniteLegale",
          "nomenclatureActivitePrincipaleUniteLegale",
          "economieSocialeSolidaireUniteLegale",
          "societeMissionUniteLegale"),
      List.of("activitePrincipaleNAF25UniteLegale"),
      // The variables INSEE replaces with [ND] under partial diffusion (registers.md § 1.4): only
      // whether each is
      // masked is read, never its value (personal data of natural persons).
      List.of(
          "sigleUniteLegale",
          "nomUniteLegale",
          "nomUsageUniteLegale",
          "prenom1UniteLegale",
          "prenomUsuelUniteLegale",
          "pseudonymeUniteLegale",
          "denominationUniteLegale",
          "denominationUsuelle1UniteLegale")),
  /** {@code StockEtablissement_utf8}. */
  ESTABLISHMENTS(
      "StockEtablissement_utf8",
      "siret",
      List.of(
          "siren",
          "siret",
          "statutDiffusionEtablissement",
          "dateCreationEtablissement",
          "trancheEffectifsEtablissement",
          "anneeEffectifsEtablissement",
          "etablissementSiege",
          "codePostalEtablissement",
          "codeCommuneEtablissement",
          "dateDebut",
          "etatAdministratifEtablissement",
          "activitePrincipaleEtablissement",
          "nomenclatureActivitePrincipaleEtablissement",
          "caractereEmployeurEtablissement"),
      List.of("activitePrincipaleNAF25Etablissement"),
      List.of(
          "complementAdresseEtablissement",
          "numeroVoieEtablissement",
          "typeVoieEtablissement",
          "libelleVoieEtablissement",
          "codePostalEtablissement",
          "enseigne1Etablissement",
          "denominationUsuelleEtablissement",
          "coordonneeLambertAbscisseEtablissement",
          "coordonneeLambertOrdonneeEtablissement"));

  /** The legal unit's name, read only when asked for. */
  static final String NAME = "denominationUniteLegale";

  private final String baseName;
  private final String key;
  private final List<String> required;
  private final List<String> optional;
  private final List<String> maskable;

  StockLayout(
      String baseName,
      String key,
      List<String> required,
      List<String> optional,
      List<String> maskable) {
    this.baseName = baseName;
    this.key = key;
    this.required = required;
    this.optional = optional;
    this.maskable = maskable;
  }

  String parquetName() {
    return baseName + ".parquet";
  }

  String zipName() {
    return baseName + ".zip";
  }

  String csvName() {
    return baseName + ".csv";
  }

  /** The column of this file's own identifier. */
  String key() {
    return key;
  }

  List<String> required() {
    return required;
  }

  List<String> optional() {
    return optional;
  }

  List<String> maskable() {
    return maskable;
  }

  /** The column of the last processing date, whose maximum dates an extract. */
  String lastProcessedColumn() {
    return this == UNITS
        ? "dateDernierTraitementUniteLegale"
        : "dateDernierTraitementEtablissement";
  }
}
