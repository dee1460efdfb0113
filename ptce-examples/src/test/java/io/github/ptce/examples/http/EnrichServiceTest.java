package io.github.ptce.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SyntheticSirene;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service started with a register ({@code ptce serve --sirene DIR}), on the SYNTHETIC Sirene
 * extract of ptce-registers' tests: {@code POST /v1/enrich} fills what the cluster does not say,
 * reports conflicts and units in partial diffusion, and {@code /v1/eligibility?enrich=true} decides
 * on the facts filled, citing the register.
 */
class EnrichServiceTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path shared;

  private static RegisterLookup registers;
  private static EligibilityService service;
  private static HttpClient client;

  /** Names, kinds and SIRENs only; the SCIC declares a commune the register contradicts. */
  static String bare() {
    return """
        {"cluster": {
          "name": "Pôle synthétique",
          "perimeter": {"departements": ["06"]},
          "members": [
            {"stakeholder": {"id": "asso", "name": "Association (synthétique)", "kind": "ENTERPRISE",
              "siren": "%s"}, "role": "CARRIER"},
            {"stakeholder": {"id": "scic", "name": "SCIC (synthétique)", "kind": "ENTERPRISE", "siren": "%s",
              "location": "06088"}},
            {"stakeholder": {"id": "nd", "name": "Entrepreneur (synthétique)", "kind": "ENTERPRISE",
              "siren": "%s"}},
            {"stakeholder": {"id": "commune", "name": "Commune (synthétique)", "kind": "LOCAL_AUTHORITY",
              "siren": "%s"}, "role": "PARTNER"}
          ]
        }}
        """
        .formatted(
            SyntheticSirene.ASSOCIATION,
            SyntheticSirene.SCIC,
            SyntheticSirene.NON_DIFFUSIBLE,
            SyntheticSirene.COMMUNE);
  }

  @BeforeAll
  static void start() throws Exception {
    Path sirene = Files.createDirectory(shared.resolve("sirene"));
    SyntheticSirene.writeZip(sirene);
    registers =
        RegisterLookup.sireneStock(sirene)
            .extractDate(LocalDate.of(2026, 10, 31))
            .threads(1)
            .open();
    service = EligibilityService.start(ServiceConfig.defaults(0).withPool(2, 4), registers);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop(Duration.ofSeconds(1));
    registers.close();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    URI uri = service.uri().resolve(path);
    return client.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode stakeholder(JsonNode cluster, String id) {
    for (JsonNode member : cluster.get("members")) {
      if (member.get("stakeholder").get("id").asString().equals(id)) {
        return member.get("stakeholder");
      }
    }
    throw new AssertionError("no member " + id);
  }

  @Test
  void enrichFillsTheFactsAndReportsConflictsAndPartialDiffusion() throws Exception {
    HttpResponse<String> answer = post("/v1/enrich", bare());
    assertEquals(200, answer.statusCode(), answer::body);
    assertEquals(
        "application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = JSON.readTree(answer.body());
    JsonNode asso = stakeholder(body.get("cluster"), "asso");
    assertEquals("9220", asso.get("legalCategory").asString());
    assertEquals("06069", asso.get("location").asString());
    assertTrue(asso.get("sseFieldFlag").asBoolean());
    assertTrue(asso.get("employer").asBoolean());
    assertEquals("REGISTER", asso.get("sources").get(0).get("kind").asString());
    assertEquals("2026-10-31", asso.get("sources").get(0).get("readOn").asString());
    assertEquals(
        "06088",
        stakeholder(body.get("cluster"), "scic").get("location").asString(),
        "declared, kept");
    JsonNode report = body.get("enrichment");
    assertEquals("ptce-enrichment/1", report.get("format").asString());
    assertEquals(1, report.get("counts").get("CONFLICT").asInt(), report::toString);
    assertEquals(1, report.get("counts").get("NOT_DIFFUSIBLE").asInt(), report::toString);
    // The text report, in French.
    HttpResponse<String> text = post("/v1/enrich?format=text&lang=fr", bare());
    assertEquals(200, text.statusCode(), text::body);
    assertEquals("text/plain; charset=utf-8", text.headers().firstValue("Content-Type").orElse(""));
    assertTrue(text.body().contains("StockUniteLegale_utf8.zip"), text::body);
    assertTrue(text.body().contains("06088"), text::body);
  }

  @Test
  void eligibilityWithEnrichIsDecidedOnTheRegistersFactsAndCitesThem() throws Exception {
    String path = "/v1/eligibility?asOf=2026-11-15&scheme=fr.law.2014-856.art9&format=json";
    JsonNode bare = JSON.readTree(post(path, bare()).body());
    JsonNode enriched = JSON.readTree(post(path + "&enrich=true", bare()).body());
    JsonNode before = criterion(bare, "fr.law.2014-856.art9.i.sse-enterprises");
    JsonNode after = criterion(enriched, "fr.law.2014-856.art9.i.sse-enterprises");
    assertEquals("UNKNOWN", before.get("outcome").asString(), before::toString);
    assertEquals("MET", after.get("outcome").asString(), after::toString);
    assertFalse(before.has("factSources"));
    assertEquals(
        "REGISTER", after.get("factSources").get(0).get("kind").asString(), after::toString);
    assertTrue(
        after
            .get("factSources")
            .get(0)
            .get("title")
            .asString()
            .contains("StockUniteLegale_utf8.zip"));
  }

  @Test
  void aFormatEnrichDoesNotWriteIsRefused() throws Exception {
    HttpResponse<String> answer = post("/v1/enrich?format=html", bare());
    assertEquals(400, answer.statusCode(), answer::body);
    assertTrue(answer.body().contains("\"error\": \"bad-request\""), answer::body);
  }

  private static JsonNode criterion(JsonNode report, String id) {
    for (JsonNode node : report.get("schemes").get(0).get("criteria").get("all")) {
      if (node.has("id") && node.get("id").asString().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no criterion " + id + " in " + report);
  }
}
