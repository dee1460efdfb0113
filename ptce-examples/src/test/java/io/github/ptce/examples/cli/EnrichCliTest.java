package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.registers.ApiBodies;
import io.github.ptce.registers.StubApi;
import io.github.ptce.registers.SyntheticSirene;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ptce enrich}, {@code ptce registers prepare} and {@code --sirene}/{@code --online} on
 * {@code check} and {@code batch}, on the SYNTHETIC Sirene extract of ptce-registers' tests (CSV in
 * ZIP, as published) and against the local stub of the Recherche d'entreprises API. No network.
 */
class EnrichCliTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path shared;

  static Path sirene;
  static Path cluster;

  /** A cluster that gives only names, kinds and SIRENs, and its perimeter. */
  static String bare() {
    return """
        {
          "name": "Pôle synthétique",
          "perimeter": {"departements": ["06", "59", "69", "75"]},
          "members": [
            {"stakeholder": {"id": "asso", "name": "Association (synthétique)", "kind": "ENTERPRISE",
              "siren": "%s"}, "role": "CARRIER"},
            {"stakeholder": {"id": "scic", "name": "SCIC (synthétique)", "kind": "ENTERPRISE", "siren": "%s"},
              "role": "FOUNDER"},
            {"stakeholder": {"id": "sas", "name": "SAS (synthétique)", "kind": "ENTERPRISE", "siren": "%s"}},
            {"stakeholder": {"id": "commune", "name": "Commune (synthétique)", "kind": "LOCAL_AUTHORITY",
              "siren": "%s"}, "role": "PARTNER"},
            {"stakeholder": {"id": "absente", "name": "Absente (synthétique)", "kind": "ENTERPRISE",
              "siren": "%s"}}
          ]
        }
        """
        .formatted(
            SyntheticSirene.ASSOCIATION,
            SyntheticSirene.SCIC,
            SyntheticSirene.SAS_PLAIN,
            SyntheticSirene.COMMUNE,
            SyntheticSirene.ABSENT);
  }

  @BeforeAll
  static void extract() throws Exception {
    sirene = Files.createDirectory(shared.resolve("sirene"));
    SyntheticSirene.writeZip(sirene);
    cluster = shared.resolve("cluster.json");
    Files.writeString(cluster, bare());
  }

  static JsonNode member(JsonNode cluster, String id) {
    for (JsonNode member : cluster.get("members")) {
      if (member.get("stakeholder").get("id").asString().equals(id)) {
        return member.get("stakeholder");
      }
    }
    throw new AssertionError("no member " + id);
  }

  @Test
  void enrichWritesTheClusterAndTheReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("enriched.json");
    Run run =
        Run.of(
            "enrich",
            cluster.toString(),
            "--sirene",
            sirene.toString(),
            "--extract-date",
            "2026-10-31",
            "--out",
            out.toString());
    assertEquals(ExitCodes.OK, run.code, run::toString);
    JsonNode enriched = JSON.readTree(out.toFile());
    assertEquals("ptce-cluster/2", enriched.get("format").asString());
    JsonNode asso = member(enriched, "asso");
    assertEquals("9220", asso.get("legalCategory").asString());
    assertEquals("06069", asso.get("location").asString());
    assertTrue(asso.get("employer").asBoolean());
    assertTrue(asso.get("sseFieldFlag").asBoolean());
    JsonNode source = asso.get("sources").get(0);
    assertEquals("REGISTER", source.get("kind").asString());
    assertEquals("2026-10-31", source.get("readOn").asString());
    assertTrue(
        source.get("title").asString().contains("StockUniteLegale_utf8.zip"), source.toString());
    // The report on standard output, since the cluster went to a file.
    assertTrue(run.out.startsWith("Facts from the registers\n"), run.out);
    assertTrue(
        run.out.contains("absente: " + SyntheticSirene.ABSENT)
            || run.out.contains("Absente (synthétique): " + SyntheticSirene.ABSENT + " is not in"),
        run.out);
    assertEquals("", run.err);
  }

  @Test
  void withoutOutTheClusterGoesToStandardOutputAndTheReportToStandardError() throws Exception {
    Run run =
        Run.of(
            "enrich",
            cluster.toString(),
            "--sirene",
            sirene.toString(),
            "--format",
            "json",
            "--lang",
            "fr");
    assertEquals(ExitCodes.OK, run.code, run::toString);
    JsonNode enriched = JSON.readTree(run.out);
    assertEquals("5560", member(enriched, "scic").get("legalCategory").asString());
    JsonNode report = JSON.readTree(run.err);
    assertEquals("ptce-enrichment/1", report.get("format").asString());
    assertEquals("fr", report.get("language").asString());
    assertEquals(1, report.get("counts").get("NOT_FOUND").asInt());
    // Read from standard input too: ptce enrich - < cluster.json.
    Run piped = Run.withInput(bare(), "enrich", "-", "--sirene", sirene.toString());
    assertEquals(ExitCodes.OK, piped.code, piped::toString);
    assertEquals(run.out, piped.out);
  }

  @Test
  void checkWithSireneEnrichesBeforeEvaluating() {
    String[] check = {
      "check",
      cluster.toString(),
      "--scheme",
      "fr.law.2014-856.art9",
      "--as-of",
      "2026-11-15",
      "--format",
      "json"
    };
    Run bare = Run.of(check);
    Run enriched = Run.of(concat(check, "--sirene", sirene.toString()));
    assertTrue(
        bare.out.contains("\"id\": \"fr.law.2014-856.art9.i.same-territory\""), bare::toString);
    assertEquals(ExitCodes.UNDETERMINED, bare.code, bare::toString);
    // The communes the register gives locate every member enterprise it holds; the one it does not
    // stays unknown.
    assertTrue(
        sameTerritory(bare.out).contains("0 inside, 0 outside, 4 without location."), bare.out);
    assertTrue(
        sameTerritory(enriched.out).contains("3 inside, 0 outside, 1 without location."),
        enriched.out);
    assertTrue(enriched.err.contains("from the register:"), enriched.err);
  }

  private static String sameTerritory(String report) {
    int at = report.indexOf("\"id\": \"fr.law.2014-856.art9.i.same-territory\"");
    return report.substring(at, report.indexOf("\"legalBasis\"", at));
  }

  static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void theRegisterOptionsAreCheckedBeforeAnythingIsRead() {
    Run none = Run.of("enrich", cluster.toString());
    assertEquals(ExitCodes.USAGE, none.code, none::toString);
    assertTrue(none.err.contains("--sirene DIR") && none.err.contains("--online"), none.err);
    Run both = Run.of("enrich", cluster.toString(), "--sirene", sirene.toString(), "--online");
    assertEquals(ExitCodes.USAGE, both.code, both::toString);
    Run cacheAlone = Run.of("check", cluster.toString(), "--cache", "x");
    assertEquals(ExitCodes.USAGE, cacheAlone.code, cacheAlone::toString);
    Run format =
        Run.of("enrich", cluster.toString(), "--sirene", sirene.toString(), "--format", "html");
    assertEquals(ExitCodes.USAGE, format.code, format::toString);
  }

  @Test
  void aRegisterThatCannotBeUsedIsExitCodeSevenWithItsReason(@TempDir Path dir) throws Exception {
    Run missing =
        Run.of("enrich", cluster.toString(), "--sirene", dir.resolve("nowhere").toString());
    assertEquals(ExitCodes.REGISTER, missing.code, missing::toString);
    assertTrue(missing.err.contains("does not exist"), missing.err);
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run noFiles = Run.of("check", cluster.toString(), "--sirene", empty.toString(), "--lang", "fr");
    assertEquals(ExitCodes.REGISTER, noFiles.code, noFiles::toString);
    assertTrue(noFiles.err.contains("StockUniteLegale_utf8.parquet"), noFiles.err);
    assertFalse(noFiles.err.contains("Exception"), noFiles.err);
  }

  @Test
  void preparedOnceTheDirectoryAnswersTheSame(@TempDir Path dir) throws Exception {
    Path stock = Files.createDirectory(dir.resolve("sirene"));
    SyntheticSirene.writeZip(stock);
    Run before =
        Run.of(
            "enrich",
            cluster.toString(),
            "--sirene",
            stock.toString(),
            "--extract-date",
            "2026-10-31");
    Run prepare =
        Run.of(
            "registers",
            "prepare",
            stock.toString(),
            "--extract-date",
            "2026-10-31",
            "--memory",
            "256");
    assertEquals(ExitCodes.OK, prepare.code, prepare::toString);
    assertTrue(Files.isRegularFile(stock.resolve("ptce-sirene.duckdb")));
    assertTrue(
        prepare.out.contains("Prepared ") && prepare.out.contains("10 legal units"), prepare.out);
    Run after = Run.of("enrich", cluster.toString(), "--sirene", stock.toString());
    assertEquals(ExitCodes.OK, after.code, after::toString);
    assertEquals(before.out, after.out, "the same cluster, the same sources and dates");
    assertEquals(before.err, after.err);
    Run usage = Run.of("registers", "prepare", stock.toString(), "--memory", "8");
    assertEquals(ExitCodes.USAGE, usage.code, usage::toString);
    Run registers = Run.of("registers");
    assertEquals(ExitCodes.USAGE, registers.code, registers::toString);
    assertTrue(registers.err.contains("prepare"), registers.err);
  }

  @Test
  void batchLooksUpEveryItemOnceAndCountsWhatWasFilled(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a.json"), bare());
    Files.writeString(in.resolve("b.json"), bare().replace("Pôle synthétique", "Autre pôle"));
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "batch",
            in.toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2026-11-15",
            "--sirene",
            sirene.toString());
    assertEquals(ExitCodes.OK, run.code, run::toString);
    JsonNode summary = JSON.readTree(out.resolve(BatchCommand.SUMMARY).toFile());
    for (JsonNode item : summary.get("items")) {
      assertEquals("EVALUATED", item.get("status").asString());
      assertTrue(item.get("enrichment").get("FILLED").asInt() > 10, item.toString());
      assertEquals(1, item.get("enrichment").get("NOT_FOUND").asInt(), item.toString());
    }
  }

  @Test
  void onlineTheApiIsCalledOncePerIdentifier(@TempDir Path dir) throws Exception {
    try (StubApi stub = new StubApi()) {
      stub.script(
          SyntheticSirene.ASSOCIATION,
          StubApi.Response.ok(ApiBodies.payload(ApiBodies.association(""))));
      Path cache = dir.resolve("cache");
      Run run =
          Run.of(
              "enrich",
              cluster.toString(),
              "--online",
              "--api-url",
              stub.uri().toString(),
              "--cache",
              cache.toString(),
              "--out",
              dir.resolve("out.json").toString(),
              "--format",
              "json");
      assertEquals(ExitCodes.OK, run.code, run::toString);
      assertEquals(5, stub.requests().size());
      JsonNode asso = member(JSON.readTree(dir.resolve("out.json").toFile()), "asso");
      assertEquals(
          "75115",
          asso.get("location").asString(),
          "the head office in Paris 15e, as the API says");
      assertEquals(
          "RECHERCHE_ENTREPRISES_API",
          JSON.readTree(run.out).get("sources").get(0).get("kind").asString());
      // A second run reads the cache: no new call.
      Run again =
          Run.of(
              "enrich",
              cluster.toString(),
              "--online",
              "--api-url",
              stub.uri().toString(),
              "--cache",
              cache.toString(),
              "--out",
              dir.resolve("again.json").toString());
      assertEquals(ExitCodes.OK, again.code, again::toString);
      assertEquals(5, stub.requests().size());
      // The same facts, citing the same call, read from the cache.
      String first = Files.readString(dir.resolve("out.json"), StandardCharsets.UTF_8);
      assertEquals(
          first.replaceAll("(\"title\": \"Recherche[^\"]*Z)\"", "$1 (cache)\""),
          Files.readString(dir.resolve("again.json"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anApiThatCannotBeReachedIsExitCodeSeven() {
    // A port nothing listens on: the connection is refused at once.
    Run run = Run.of("enrich", cluster.toString(), "--online", "--api-url", "http://127.0.0.1:9");
    assertEquals(ExitCodes.REGISTER, run.code, run::toString);
    assertTrue(run.err.contains("cannot be reached"), run.err);
  }
}
