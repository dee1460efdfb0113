package io.github.ptce.registers;

/**
 * Answers of {@code GET /search} in the API's real JSON shape (OpenAPI {@code payload}, {@code
 * result}, {@code siege}, {@code etablissement}, {@code complements}; Pydantic {@code
 * UniteLegaleResponse} of annuaire-entreprises-data-gouv-fr/search-api), with SYNTHETIC values:
 * invented SIRENs with valid check digits and invented names, real codes.
 */
public final class ApiBodies {
  static final String ASSOCIATION = SyntheticSirene.ASSOCIATION;
  static final String ASSOCIATION_HEAD = SyntheticSirene.ASSOCIATION_HEAD;
  static final String ASSOCIATION_CANNES = SyntheticSirene.ASSOCIATION_CANNES;
  static final String CEASED = SyntheticSirene.CEASED;
  static final String NON_DIFFUSIBLE = SyntheticSirene.NON_DIFFUSIBLE;
  static final String NON_DIFFUSIBLE_HEAD = SyntheticSirene.NON_DIFFUSIBLE_HEAD;
  static final String SAS = SyntheticSirene.SAS_SSE;

  private ApiBodies() {}

  public static String payload(String... results) {
    return """
        {"results": [%s], "total_results": %d, "page": 1, "per_page": 1, "total_pages": %d, "execution_time": 12}"""
        .formatted(String.join(",", results), results.length, results.length);
  }

  public static String empty() {
    return payload();
  }

  /** An association with its head office in Paris 15e and an establishment in Cannes. */
  public static String association(String matching) {
    return """
        {
          "siren": "%s",
          "nom_complet": "association synthetique du pays",
          "nom_raison_sociale": "ASSOCIATION SYNTHETIQUE DU PAYS",
          "sigle": null,
          "nombre_etablissements": 3,
          "nombre_etablissements_ouverts": 2,
          "siege": %s,
          "activite_principale": "94.99Z",
          "activite_principale_naf25": "94.99Y",
          "categorie_entreprise": "PME",
          "caractere_employeur": null,
          "annee_categorie_entreprise": "2023",
          "date_creation": "2010-03-15",
          "date_fermeture": null,
          "date_mise_a_jour": "2026-11-02T04:10:11",
          "date_mise_a_jour_insee": "2026-10-28T09:15:02",
          "date_mise_a_jour_rne": null,
          "etat_administratif": "A",
          "nature_juridique": "9220",
          "section_activite_principale": "S",
          "tranche_effectif_salarie": "02",
          "annee_tranche_effectif_salarie": "2023",
          "statut_diffusion": "O",
          "matching_etablissements": [%s],
          "complements": {
            "collectivite_territoriale": null,
            "convention_collective_renseignee": false,
            "liste_idcc": null,
            "egapro_renseignee": false,
            "est_association": true,
            "est_bio": false,
            "est_entrepreneur_individuel": false,
            "est_entrepreneur_spectacle": false,
            "est_ess": true,
            "est_finess": false,
            "est_organisme_formation": false,
            "est_qualiopi": false,
            "est_rge": false,
            "est_siae": false,
            "est_service_public": null,
            "est_administration": false,
            "est_l100_3": null,
            "est_societe_mission": false,
            "est_uai": false,
            "est_patrimoine_vivant": false,
            "bilan_ges_renseigne": false,
            "identifiant_association": "W751000789",
            "statut_entrepreneur_spectacle": null,
            "type_siae": null
          }
        }"""
        .formatted(
            ASSOCIATION,
            siege(ASSOCIATION_HEAD, "75115", "PARIS 15", "75015", "O", "O", "A", null),
            matching);
  }

  public static String siege(
      String siret,
      String commune,
      String libelle,
      String postalCode,
      String diffusion,
      String employer,
      String state,
      String closed) {
    return """
        {
          "activite_principale": "94.99Z",
          "activite_principale_naf25": "94.99Y",
          "activite_principale_registre_metier": null,
          "annee_tranche_effectif_salarie": "2023",
          "adresse": "12 RUE DE LA COOPERATION %s %s",
          "caractere_employeur": %s,
          "cedex": null,
          "code_pays_etranger": null,
          "code_postal": "%s",
          "commune": "%s",
          "complement_adresse": null,
          "coordonnees": "48.84,2.29",
          "date_creation": "2010-03-15",
          "date_debut_activite": "2010-03-15",
          "date_fermeture": %s,
          "date_mise_a_jour": null,
          "date_mise_a_jour_insee": "2026-10-30T11:02:45",
          "departement": "%s",
          "distribution_speciale": null,
          "epci": "200054781",
          "est_siege": true,
          "etat_administratif": "%s",
          "geo_adresse": null,
          "geo_id": null,
          "indice_repetition": null,
          "latitude": "48.84",
          "libelle_cedex": null,
          "libelle_commune": "%s",
          "libelle_commune_etranger": null,
          "libelle_pays_etranger": null,
          "libelle_voie": "DE LA COOPERATION",
          "liste_enseignes": null,
          "liste_finess": null,
          "liste_id_bio": null,
          "liste_idcc": null,
          "liste_id_organisme_formation": null,
          "liste_rge": null,
          "liste_uai": null,
          "longitude": "2.29",
          "nom_commercial": null,
          "numero_voie": "12",
          "dernier_numero_voie": null,
          "region": "11",
          "siret": "%s",
          "statut_diffusion_etablissement": "%s",
          "tranche_effectif_salarie": "02",
          "type_voie": "RUE"
        }"""
        .formatted(
            postalCode,
            libelle,
            employer == null ? "null" : '"' + employer + '"',
            postalCode,
            commune,
            closed == null ? "null" : '"' + closed + '"',
            commune.substring(0, 2),
            state,
            libelle,
            siret,
            diffusion);
  }

  /** An establishment as {@code matching_etablissements} lists it. */
  public static String matching(String siret, String commune, String employer) {
    return """
        {
          "activite_principale": "88.99B",
          "activite_principale_naf25": "88.99Y",
          "ancien_siege": false,
          "annee_tranche_effectif_salarie": null,
          "adresse": "3 AVENUE DU PORT 06400 CANNES",
          "caractere_employeur": "%s",
          "code_postal": "06400",
          "commune": "%s",
          "date_creation": "2016-09-01",
          "date_debut_activite": "2016-09-01",
          "date_fermeture": null,
          "epci": "200039915",
          "est_siege": false,
          "etat_administratif": "A",
          "geo_id": null,
          "latitude": "43.55",
          "libelle_commune": "CANNES",
          "liste_enseignes": null,
          "liste_finess": null,
          "liste_id_bio": null,
          "liste_idcc": null,
          "liste_id_organisme_formation": null,
          "liste_rge": null,
          "liste_uai": null,
          "longitude": "7.01",
          "nom_commercial": null,
          "region": "93",
          "siret": "%s",
          "statut_diffusion_etablissement": "O",
          "tranche_effectif_salarie": "NN"
        }"""
        .formatted(employer, commune, siret);
  }

  /** A ceased association: its head office closed, {@code date_fermeture} from the history. */
  public static String ceased() {
    return """
        {
          "siren": "%s",
          "nom_complet": "association dissoute synthetique",
          "nom_raison_sociale": "ASSOCIATION DISSOUTE SYNTHETIQUE",
          "nombre_etablissements": 1,
          "nombre_etablissements_ouverts": 0,
          "siege": %s,
          "activite_principale": "88.99B",
          "date_creation": "2001-09-01",
          "date_fermeture": "2019-06-30",
          "etat_administratif": "C",
          "nature_juridique": "9220",
          "tranche_effectif_salarie": "NN",
          "annee_tranche_effectif_salarie": null,
          "statut_diffusion": "O",
          "matching_etablissements": [],
          "complements": {"est_ess": true, "est_societe_mission": false, "identifiant_association": "W062000456"}
        }"""
        .formatted(
            CEASED,
            siege(
                SyntheticSirene.CEASED_HEAD,
                "06029",
                "CANNES",
                "06400",
                "O",
                "O",
                "F",
                "2019-06-30"));
  }

  /** A natural person in partial diffusion, masked as the API's formatter does. */
  public static String nonDiffusible() {
    String siege =
        siege(NON_DIFFUSIBLE_HEAD, "06069", "GRASSE", "[NON-DIFFUSIBLE]", "P", "N", "A", null)
            .replace(
                "\"adresse\": \"12 RUE DE LA COOPERATION [NON-DIFFUSIBLE] GRASSE\"",
                "\"adresse\": \"[NON-DIFFUSIBLE]\"")
            .replace("\"coordonnees\": \"48.84,2.29\"", "\"coordonnees\": \"[NON-DIFFUSIBLE]\"")
            .replace("\"latitude\": \"48.84\"", "\"latitude\": \"[NON-DIFFUSIBLE]\"")
            .replace("\"longitude\": \"2.29\"", "\"longitude\": \"[NON-DIFFUSIBLE]\"")
            .replace(
                "\"libelle_voie\": \"DE LA COOPERATION\"", "\"libelle_voie\": \"[NON-DIFFUSIBLE]\"")
            .replace("\"numero_voie\": \"12\"", "\"numero_voie\": \"[NON-DIFFUSIBLE]\"")
            .replace("\"type_voie\": \"RUE\"", "\"type_voie\": \"[NON-DIFFUSIBLE]\"");
    return """
        {
          "siren": "%s",
          "nom_complet": "[NON-DIFFUSIBLE]",
          "nom_raison_sociale": "[NON-DIFFUSIBLE]",
          "sigle": "[NON-DIFFUSIBLE]",
          "nombre_etablissements": 1,
          "nombre_etablissements_ouverts": 1,
          "siege": %s,
          "activite_principale": "90.01Z",
          "date_creation": "2020-02-02",
          "etat_administratif": "A",
          "nature_juridique": "1000",
          "tranche_effectif_salarie": "NN",
          "statut_diffusion": "P",
          "matching_etablissements": [],
          "complements": {"est_ess": false, "est_entrepreneur_individuel": true, "est_societe_mission": false,
            "identifiant_association": null}
        }"""
        .formatted(NON_DIFFUSIBLE, siege);
  }

  /** An SAS société à mission, head office in Marseille 6e. */
  public static String missionCompany() {
    return """
        {
          "siren": "%s",
          "nom_raison_sociale": "SAS SOLIDAIRE SYNTHETIQUE",
          "nombre_etablissements_ouverts": 1,
          "siege": %s,
          "activite_principale": "62.01Z",
          "date_creation": "1900-01-01",
          "etat_administratif": "A",
          "nature_juridique": "5710",
          "tranche_effectif_salarie": "01",
          "statut_diffusion": "O",
          "complements": {"est_ess": true, "est_societe_mission": true}
        }"""
        .formatted(
            SAS,
            siege(
                SyntheticSirene.siret(SAS, "0001"),
                "13206",
                "MARSEILLE 6",
                "13006",
                "O",
                null,
                "A",
                null));
  }
}
