package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;

/**
 * Synthetic clusters for the tests, built from JSON: an employer association carrying the cluster,
 * a SCIC, a conventional company and the intercommunality as a partner, all in one commune, on the
 * intercommunality's perimeter. Codes come from the bundled geography (checked with {@code
 * Geography.searchCommunes}).
 */
final class TestClusters {
  private TestClusters() {}

  /** Lille (59350), Métropole Européenne de Lille (200093201): Nord, Hauts-de-France (32). */
  static Cluster lille() {
    return cluster("59350", "200093201", "7344");
  }

  /** Beauvais (60057), CA du Beauvaisis (200067999): Oise, Hauts-de-France (32). */
  static Cluster beauvais() {
    return cluster("60057", "200067999", "7348");
  }

  /** Strasbourg (67482), Eurométropole de Strasbourg (246700488): Grand Est (44). */
  static Cluster strasbourg() {
    return cluster("67482", "246700488", "7344");
  }

  /** Nantes (44109), Nantes Métropole (244400404): Pays de la Loire (52). */
  static Cluster nantes() {
    return cluster("44109", "244400404", "7344");
  }

  /** Cergy (95127), CA de Cergy-Pontoise (249500109): Île-de-France (11). */
  static Cluster cergy() {
    return cluster("95127", "249500109", "7348");
  }

  /** Toulouse (31555), Toulouse Métropole (243100518): Occitanie (76). */
  static Cluster toulouse() {
    return cluster("31555", "243100518", "7344");
  }

  /** Bergerac (24037), CA Bergeracoise (200070647): Nouvelle-Aquitaine (75). */
  static Cluster bergerac() {
    return cluster("24037", "200070647", "7348");
  }

  /**
   * Grasse (06069), CA du Pays de Grasse (200039857): Provence-Alpes-Côte d'Azur (93), no regional
   * scheme.
   */
  static Cluster grasse() {
    return cluster("06069", "200039857", "7348");
  }

  /**
   * Beauvais (Oise, Hauts-de-France) and Gisors (27284, Eure, Normandie): a perimeter across two
   * régions.
   */
  static Cluster beauvaisAndGisors() {
    return read(json("60057", "\"communes\": [\"60057\", \"27284\"]", "200067999", "7348"));
  }

  /** No perimeter at all. */
  static Cluster withoutPerimeter() {
    return read(json("59350", null, "200093201", "7344"));
  }

  static Cluster cluster(String commune, String epci, String epciCategory) {
    return read(json(commune, "\"epcis\": [\"" + epci + "\"]", epci, epciCategory));
  }

  static Cluster read(String json) {
    return PtceJson.standard().readCluster(json).orElseThrow();
  }

  static String json(String commune, String perimeter, String epci, String epciCategory) {
    return "{\"name\": \"Pôle de coopération (synthétique)\","
        + (perimeter == null ? "" : "\"perimeter\": {" + perimeter + "},")
        + "\"members\": ["
        + member(
            "asso",
            "Association Coopérer (synthétique)",
            "\"legalCategory\": \"9220\", \"employees\": 4",
            commune,
            "CARRIER")
        + ","
        + member(
            "scic",
            "SCIC Tiers-lieu (synthétique)",
            "\"specificStatuses\": [\"SCIC\"]",
            commune,
            "FOUNDER")
        + ","
        + member(
            "sas",
            "SAS Transports (synthétique)",
            "\"legalCategory\": \"5710\", \"sseStatus\": {\"evidence\": \"NOT_SSE\"}",
            commune,
            "MEMBER")
        + ",{\"stakeholder\": {\"id\": \"epci\", \"name\": \"Intercommunalité "
        + epci
        + "\","
        + "\"kind\": \"LOCAL_AUTHORITY_GROUPING\", \"legalCategory\": \""
        + epciCategory
        + "\","
        + "\"authorityLevel\": \"EPCI\", \"location\": \""
        + commune
        + "\"}, \"role\": \"PARTNER\"}"
        + "],"
        + "\"strategy\": {\"modes\": [\"POOLING\"], \"documentDate\": \"2020-01-01\", \"startDate\": \"2020-01-01\"},"
        + "\"projects\": [{\"title\": \"Réemploi (synthétique)\", \"innovation\": [\"SOCIAL\"]}]"
        + "}";
  }

  private static String member(String id, String name, String fields, String commune, String role) {
    return "{\"stakeholder\": {\"id\": \""
        + id
        + "\", \"name\": \""
        + name
        + "\", \"kind\": \"ENTERPRISE\","
        + fields
        + ", \"location\": \""
        + commune
        + "\"}, \"role\": \""
        + role
        + "\"}";
  }
}
