package io.github.ptce.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.json.PtceJson;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.samples.Sample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP service on a free loopback port, called with {@link HttpClient} and raw sockets: every
 * route, the error statuses (also those the server finds before a route is chosen), languages,
 * limits, errors of the JVM and concurrency.
 */
class EligibilityServiceTest {
  private static final int LIMIT = 64 * 1024;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static EligibilityService service;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    service =
        EligibilityService.start(
            ServiceConfig.defaults(0)
                .withPool(4, 8)
                .withMaxBodyBytes(LIMIT)
                .withReadTimeout(Duration.ofSeconds(2))
                .withClock(CLOCK)
                .withLog(LOG::add));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop(Duration.ofSeconds(1));
  }

  private static URI uri(String path) {
    return service.uri().resolve(path);
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String body, String... headers)
      throws Exception {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private static void assertJsonError(HttpResponse<String> response, int status, String error) {
    assertEquals(status, response.statusCode(), response::body);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response::toString);
    assertTrue(response.body().contains("\"status\": " + status), response::body);
    assertTrue(response.body().contains("\"error\": \"" + error + "\""), response::body);
    assertNoStackTrace(response);
  }

  private static void assertNoStackTrace(HttpResponse<String> response) {
    assertFalse(response.body().contains("\tat "), response::body);
    assertFalse(response.body().contains("Exception"), response::body);
    assertFalse(response.body().contains("io.github.ptce."), response::body);
  }

  // ---------------------------------------------------------------------------------------------------
  // Routes

  @Test
  void healthAndIndex() throws Exception {
    HttpResponse<String> health = get("/healthz");
    assertEquals(200, health.statusCode());
    assertTrue(health.body().contains("\"ok\""));
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("POST /v1/eligibility"));
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(uri("/healthz")).method("HEAD", BodyPublishers.noBody()).build(),
            BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void eligibilityOfTheSyntheticSampleWithItsAssessments() throws Exception {
    String cluster = new String(Sample.SYNTHETIC_ELIGIBLE.cluster(), StandardCharsets.UTF_8);
    String assessments =
        new String(Sample.SYNTHETIC_ELIGIBLE.assessments().orElseThrow(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        post(
            "/v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9"
                + "&scheme=fr.decree.2015-431.art3",
            "{\"cluster\": " + cluster + ", \"assessments\": " + assessments + "}");
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(response.body().contains("\"ptce-report/1\""), response::body);
    assertTrue(response.body().contains("\"ELIGIBLE\""), response::body);
    assertFalse(response.body().contains("\"UNDETERMINED\""), response::body);
    HttpResponse<String> bare =
        post("/v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9", cluster);
    assertEquals(200, bare.statusCode(), bare::body);
    assertTrue(bare.body().contains("\"UNDETERMINED\""), bare::body);
  }

  @Test
  void responsesAreDeterministic() throws Exception {
    byte[] tetris = Sample.TETRIS.cluster();
    String first = post("/v1/eligibility?asOf=2026-01-15", tetris).body();
    String second = post("/v1/eligibility?asOf=2026-01-15", tetris).body();
    assertEquals(first, second);
    String today = post("/v1/eligibility", tetris).body();
    assertEquals(first, today, "the default date is today (fixed clock: 2026-01-15)");
  }

  @Test
  void otherFormatsOfTheReport() throws Exception {
    HttpResponse<String> html =
        post("/v1/eligibility?asOf=2026-01-15&format=html", Sample.TETRIS.cluster());
    assertEquals(200, html.statusCode(), html::body);
    assertTrue(
        html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        html::toString);
    HttpResponse<String> bad = post("/v1/eligibility?format=pdf", Sample.TETRIS.cluster());
    assertJsonError(bad, 400, "bad-request");
    assertTrue(bad.body().contains("\"path\": \"?format\""), bad::body);
  }

  @Test
  void acceptLanguageChoosesTheLanguage() throws Exception {
    String invalid = "{\"name\": \"\", \"stage\": \"SOON\"}";
    HttpResponse<String> fr =
        post("/v1/validate", invalid, "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
    assertJsonError(fr, 400, "invalid-input");
    assertTrue(fr.body().contains("La requête n'est pas valide"), fr::body);
    assertEquals("fr", fr.headers().firstValue("Content-Language").orElse(""));
    HttpResponse<String> en =
        post("/v1/validate", invalid, "Accept-Language", "de, en;q=0.8, fr;q=0.1");
    assertTrue(en.body().contains("The request is not valid"), en::body);
    HttpResponse<String> query = post("/v1/validate?lang=fr", invalid, "Accept-Language", "en");
    assertTrue(query.body().contains("La requête n'est pas valide"), query::body);
    HttpResponse<String> report =
        post("/v1/eligibility?asOf=2026-01-15", Sample.TETRIS.cluster(), "Accept-Language", "fr");
    HttpResponse<String> reportEn =
        post("/v1/eligibility?asOf=2026-01-15", Sample.TETRIS.cluster());
    assertFalse(report.body().equals(reportEn.body()));
  }

  @Test
  void overview() throws Exception {
    HttpResponse<String> response =
        post("/v1/overview?asOf=2026-01-15", Sample.PAYS_DE_BRAY.cluster());
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(response.body().contains("\"ptce-overview/1\""), response::body);
  }

  @Test
  void validate() throws Exception {
    HttpResponse<String> valid = post("/v1/validate", Sample.POLE_SUD_ARCHER.cluster());
    assertEquals(200, valid.statusCode(), valid::body);
    assertTrue(valid.body().contains("\"valid\": true"), valid::body);
    HttpResponse<String> invalid =
        post(
            "/v1/validate",
            "{\"name\": \"x\", \"members\": [{\"stakeholder\": "
                + "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ENTERPRISE\", \"siren\": \"123456789\"}}]}");
    assertJsonError(invalid, 400, "invalid-input");
    assertTrue(
        invalid.body().contains("\"path\": \"$.members[0].stakeholder.siren\""), invalid::body);
    assertTrue(invalid.body().contains("\"code\": \"siren.checksum\""), invalid::body);
    HttpResponse<String> wrapped =
        post("/v1/validate", "{\"cluster\": {\"name\": \"\"}, \"extra\": 1}");
    assertJsonError(wrapped, 400, "invalid-input");
    assertTrue(wrapped.body().contains("\"path\": \"$.cluster.name\""), wrapped::body);
    assertTrue(wrapped.body().contains("\"path\": \"$.extra\""), wrapped::body);
  }

  @Test
  void schemesAndSchemas() throws Exception {
    HttpResponse<String> schemes = get("/v1/schemes?asOf=2026-01-15&region=32");
    assertEquals(200, schemes.statusCode(), schemes::body);
    assertTrue(schemes.body().contains("\"ptce-schemes/1\""), schemes::body);
    assertTrue(schemes.body().contains("fr.law.2014-856.art9"), schemes::body);
    assertJsonError(get("/v1/schemes?region=XX"), 400, "bad-request");
    HttpResponse<String> cluster = get("/v1/schemas/cluster.json");
    assertEquals(200, cluster.statusCode());
    assertEquals(PtceJson.clusterSchema(), cluster.body());
    assertTrue(
        cluster
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/schema+json"));
    for (String name : List.of("report", "overview", "schemes")) {
      HttpResponse<String> schema = get("/v1/schemas/" + name + ".json");
      assertEquals(200, schema.statusCode(), name);
      assertTrue(schema.body().contains("\"$schema\""), name);
    }
    assertJsonError(get("/v1/schemas/secrets.json"), 404, "not-found");
  }

  @Test
  void samplesByNameOnly() throws Exception {
    HttpResponse<String> list = get("/v1/samples");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("\"pays-de-bray\""), list::body);
    HttpResponse<String> one = get("/v1/samples/tetris");
    assertEquals(200, one.statusCode());
    assertEquals(new String(Sample.TETRIS.cluster(), StandardCharsets.UTF_8), one.body());
    assertJsonError(get("/v1/samples/..%2F..%2Fpom.xml"), 404, "not-found");
    assertJsonError(get("/v1/samples/tetris.json"), 404, "not-found");
    // A path that climbs above the root is no request the server can read: 400, with the service's
    // body.
    String raw =
        raw(
            "GET /v1/samples/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
    assertTrue(raw.contains("\"error\": \"bad-request\""), raw);
  }

  @Test
  void everyAnswerDeclaresItsCharset() throws Exception {
    byte[] tetris = Sample.TETRIS.cluster();
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    answers.put("GET /", get("/"));
    // Every route the index lists, its placeholders filled; the report routes in every format.
    Matcher routes = Pattern.compile("\"(GET|POST) (/[^\"?]*)").matcher(get("/").body());
    while (routes.find()) {
      String path = routes.group(2).replace("{name}", "tetris");
      if (routes.group(1).equals("GET")) {
        answers.put("GET " + path, get(path));
      } else if (path.equals("/v1/validate")) {
        answers.put("POST " + path, post(path, tetris));
      } else if (path.equals("/v1/enrich")) {
        // This service has no register: 501, in JSON (EnrichServiceTest calls it with one).
        answers.put("POST " + path, post(path, tetris));
      } else {
        for (String format : Rendering.FORMATS) {
          answers.put(
              "POST " + path + " " + format,
              post(path + "?asOf=2026-01-15&format=" + format, tetris));
        }
      }
    }
    answers.put("400", post("/v1/eligibility?asOf=1800-01-01", tetris));
    answers.put("404", get("/nowhere"));
    answers.put("405", get("/v1/overview"));
    answers.put("415", post("/v1/validate", "x=1", "Content-Type", "text/plain"));
    assertEquals(27, answers.size(), () -> answers.keySet().toString());
    for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
      String type = answer.getValue().headers().firstValue("Content-Type").orElse("");
      String expected =
          answer.getKey().endsWith(" html")
              ? "text/html; charset=utf-8"
              : answer.getKey().endsWith(" text")
                  ? "text/plain; charset=utf-8"
                  : answer.getKey().endsWith(" md")
                      ? "text/markdown; charset=utf-8; variant=GFM"
                      : answer.getKey().startsWith("GET /v1/schemas/")
                          ? "application/schema+json; charset=utf-8"
                          : "application/json; charset=utf-8";
      assertEquals(expected, type, answer.getKey());
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Errors

  @Test
  void unknownRoutesAndMethods() throws Exception {
    assertJsonError(get("/v2/eligibility"), 404, "not-found");
    HttpResponse<String> getOnPost = get("/v1/eligibility");
    assertJsonError(getOnPost, 405, "method-not-allowed");
    assertEquals("POST", getOnPost.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> postOnGet = post("/v1/schemes", "{}");
    assertJsonError(postOnGet, 405, "method-not-allowed");
    HttpResponse<String> delete =
        client.send(
            HttpRequest.newBuilder(uri("/healthz")).DELETE().build(), BodyHandlers.ofString());
    assertJsonError(delete, 405, "method-not-allowed");
  }

  @Test
  void badQueries() throws Exception {
    byte[] tetris = Sample.TETRIS.cluster();
    HttpResponse<String> date = post("/v1/eligibility?asOf=15-01-2026", tetris);
    assertJsonError(date, 400, "bad-request");
    assertTrue(date.body().contains("\"path\": \"?asOf\""), date::body);
    HttpResponse<String> early = post("/v1/eligibility?asOf=1899-12-31&lang=fr", tetris);
    assertJsonError(early, 400, "bad-request");
    assertTrue(
        early
            .body()
            .contains(
                "\"message\": \"« 1899-12-31 » n'est pas une date aaaa-MM-jj entre 1900-01-01 "
                    + "et 2099-12-31.\""),
        early::body);
    HttpResponse<String> unknown = post("/v1/eligibility?as_of=2026-01-15", tetris);
    assertJsonError(unknown, 400, "bad-request");
    assertTrue(unknown.body().contains("query.unknownParameter"), unknown::body);
    HttpResponse<String> scheme = post("/v1/eligibility?scheme=fr.law.2014-856.art99", tetris);
    assertJsonError(scheme, 400, "invalid-input");
    assertTrue(scheme.body().contains("fr.law.2014-856.art9"), scheme::body);
    HttpResponse<String> assessment =
        post(
            "/v1/eligibility",
            "{\"cluster\": "
                + new String(tetris, StandardCharsets.UTF_8)
                + ", \"assessments\": [{\"criterionId\": \"nope\", \"outcome\": \"MET\", "
                + "\"assessor\": \"x\", \"date\": \"2025-01-01\"}]}");
    assertJsonError(assessment, 400, "invalid-input");
    assertTrue(
        assessment.body().contains("\"path\": \"$.assessments[0].criterionId\""), assessment::body);
    assertJsonError(post("/v1/eligibility?lang=de", tetris), 400, "bad-request");
  }

  @Test
  void badBodies() throws Exception {
    assertJsonError(post("/v1/eligibility", ""), 400, "invalid-input");
    HttpResponse<String> syntax = post("/v1/eligibility", "{\"name\": ");
    assertJsonError(syntax, 400, "invalid-input");
    assertTrue(syntax.body().contains("json.truncated"), syntax::body);
    assertJsonError(
        post("/v1/validate", new byte[] {(byte) 0xC3, (byte) 0x28}), 400, "invalid-input");
    assertJsonError(post("/v1/validate", "[".repeat(5000)), 400, "invalid-input");
    assertJsonError(
        post("/v1/validate", "{\"name\": \"${jndi:ldap://x}#{1+1}\", \"stage\": \"${x}\"}"),
        400,
        "invalid-input");
  }

  @Test
  void nonJsonBodiesAreUnsupported() throws Exception {
    HttpResponse<String> text =
        post("/v1/eligibility", "name=x", "Content-Type", "application/x-www-form-urlencoded");
    assertJsonError(text, 415, "unsupported-media-type");
    HttpResponse<String> latin =
        post(
            "/v1/validate",
            Sample.TETRIS.cluster(),
            "Content-Type",
            "application/json; charset=iso-8859-1");
    assertJsonError(latin, 415, "unsupported-media-type");
    HttpResponse<String> utf8 =
        post(
            "/v1/validate",
            Sample.TETRIS.cluster(),
            "Content-Type",
            "application/json; charset=UTF-8");
    assertEquals(200, utf8.statusCode(), utf8::body);
  }

  @Test
  void bodiesBeyondTheLimitAre413() throws Exception {
    byte[] big = ("{\"name\": \"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> declared = post("/v1/eligibility", big);
    assertJsonError(declared, 413, "payload-too-large");
    // Without a Content-Length (chunked), the service reads the limit plus one byte, and no more.
    HttpResponse<String> chunked =
        client.send(
            HttpRequest.newBuilder(uri("/v1/validate"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build(),
            BodyHandlers.ofString());
    assertJsonError(chunked, 413, "payload-too-large");
    assertEquals(200, get("/healthz").statusCode());
  }

  @Test
  void everyLimitIsNamedInItsAnswer() throws Exception {
    HttpResponse<String> body =
        post(
            "/v1/validate",
            ("{\"name\": \"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8));
    assertJsonError(body, 413, "payload-too-large");
    assertTrue(body.body().contains("larger than " + LIMIT + " bytes"), body::body);
    HttpResponse<String> query =
        post("/v1/validate?lang=" + "e".repeat(5000), Sample.TETRIS.cluster());
    assertJsonError(query, 400, "bad-request");
    assertTrue(
        query.body().contains("\"code\": \"query.tooLong\"") && query.body().contains("4096"),
        query::body);
    HttpResponse<String> schemes =
        post("/v1/eligibility?" + "scheme=x&".repeat(51), Sample.TETRIS.cluster());
    assertJsonError(schemes, 400, "bad-request");
    assertTrue(schemes.body().contains("At most 50 schemes"), schemes::body);
    HttpResponse<String> depth =
        post(
            "/v1/validate",
            "{\"name\": \"P\", \"description\": " + "[".repeat(40) + "]".repeat(40) + "}");
    assertJsonError(depth, 400, "invalid-input");
    assertTrue(
        depth.body().contains("\"code\": \"json.limit.depth\"")
            && depth.body().contains("limit of 32"),
        depth::body);
    HttpResponse<String> depthFr = post("/v1/validate?lang=fr", "[".repeat(40));
    assertTrue(depthFr.body().contains("limite de 32 niveaux"), depthFr::body);
  }

  // ---------------------------------------------------------------------------------------------------
  // Concurrency, saturation, timeouts

  @Test
  void concurrentRequestsGetTheSameAnswers() throws Exception {
    String expected =
        post("/v1/eligibility?asOf=2026-01-15", Sample.EMERGENCE_BEAUVAISIS.cluster()).body();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        int n = i;
        responses.add(
            pool.submit(
                () ->
                    n % 3 == 0
                        ? post("/v1/validate", "{\"name\": \"\"}")
                        : post(
                            "/v1/eligibility?asOf=2026-01-15",
                            Sample.EMERGENCE_BEAUVAISIS.cluster())));
      }
      for (int i = 0; i < responses.size(); i++) {
        HttpResponse<String> response = responses.get(i).get();
        if (i % 3 == 0) {
          assertEquals(400, response.statusCode(), response::body);
        } else if (response.statusCode() != 503) {
          assertEquals(200, response.statusCode(), response::body);
          assertEquals(expected, response.body());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void errorsTheServerFindsItselfHaveTheServiceBody() throws Exception {
    // What the JDK server used to answer with its own HTML page, no charset, or a Java exception's
    // name.
    Map<String, Integer> requests = new LinkedHashMap<>();
    requests.put("POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400);
    requests.put(
        "POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "0\r\n\r\n",
        400);
    requests.put("GARBAGE\r\n\r\n", 400);
    requests.put("GET /healthz HTTP/3.0\r\nHost: x\r\n\r\n", 505);
    requests.put("GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414);
    requests.put(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n", 431);
    requests.put("GET //healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404);
    requests.put(
        "POST /v1/eligibility?asOf=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n"
            + "{}",
        400);
    requests.put(
        "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\nConnection: close\r\n\r\n",
        405);
    requests.put("BREW /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405);
    for (Map.Entry<String, Integer> request : requests.entrySet()) {
      String answer = raw(request.getKey());
      String name = request.getKey().substring(0, Math.min(40, request.getKey().length()));
      assertTrue(
          answer.startsWith("HTTP/1.1 " + request.getValue() + " "), () -> name + ": " + answer);
      assertTrue(
          answer.contains("Content-Type: application/json; charset=utf-8"),
          () -> name + ": " + answer);
      assertTrue(answer.contains("\"status\": " + request.getValue()), () -> name + ": " + answer);
      assertFalse(
          answer.contains("<html") || answer.contains("Exception") || answer.contains("Jetty"),
          () -> name + ": " + answer);
    }
  }

  @Test
  void aRepeatedLangIs400LikeEveryRepeatedParameter() throws Exception {
    HttpResponse<String> response =
        post("/v1/validate?lang=fr&lang=en", Sample.TETRIS.cluster(), "Accept-Language", "fr");
    assertJsonError(response, 400, "bad-request");
    assertTrue(response.body().contains("\"path\": \"?lang\""), response::body);
    assertTrue(response.body().contains("\"code\": \"query.repeated\""), response::body);
    assertTrue(response.body().contains("est donné plusieurs fois"), response::body);
  }

  @Test
  void anErrorOfTheJvmIs500AndTheServiceGoesOn() throws Exception {
    assertAnErrorOfTheJvmIsAnsweredAndTheServiceGoesOn(new StackOverflowError(), 500, "internal");
  }

  @Test
  void outOfMemoryIs503AndTheServiceGoesOn() throws Exception {
    assertAnErrorOfTheJvmIsAnsweredAndTheServiceGoesOn(
        new OutOfMemoryError("Java heap space"), 503, "insufficient-memory");
  }

  /** The clock of "today" fails as the JVM would, while the default date of a request is read. */
  private static void assertAnErrorOfTheJvmIsAnsweredAndTheServiceGoesOn(
      Error error, int status, String word) throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    Clock failing =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            throw error;
          }
        };
    EligibilityService other =
        EligibilityService.start(ServiceConfig.defaults(0).withClock(failing).withLog(log::add));
    try {
      HttpRequest today =
          HttpRequest.newBuilder(other.uri().resolve("/v1/eligibility"))
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofByteArray(Sample.TETRIS.cluster()))
              .build();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response = client.send(today, BodyHandlers.ofString());
        assertJsonError(response, status, word);
        if (status == 503) {
          assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
        }
      }
      HttpResponse<String> dated =
          client.send(
              HttpRequest.newBuilder(other.uri().resolve("/v1/eligibility?asOf=2026-01-15"))
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofByteArray(Sample.TETRIS.cluster()))
                  .build(),
              BodyHandlers.ofString());
      assertEquals(200, dated.statusCode(), dated::body);
      assertEquals(
          3,
          log.stream()
              .filter(
                  line ->
                      line.contains("internal error") && line.contains(error.getClass().getName()))
              .count(),
          log::toString);
    } finally {
      other.stop(Duration.ZERO);
    }
  }

  @Test
  void stopLetsTheRequestInProgressFinish() throws Exception {
    EligibilityService other =
        EligibilityService.start(ServiceConfig.defaults(0).withLog(LOG::add));
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(other.uri().resolve("/healthz")).build(),
            BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    other.stop(Duration.ofSeconds(1));
    other.stop(Duration.ofSeconds(1));
    try (Socket socket = new Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", other.port()), 1000);
      throw new AssertionError("still listening");
    } catch (IOException expected) {
      // Refused: the service stopped.
    }
  }

  @Test
  void theLogHasOneLineMessagesOnly() {
    for (String line : LOG) {
      assertFalse(line.contains("\n"), line);
      assertFalse(line.contains("\tat "), line);
    }
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
