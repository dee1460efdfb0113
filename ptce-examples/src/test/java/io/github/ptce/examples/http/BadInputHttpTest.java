package io.github.ptce.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.core.testing.BadInputs.Case;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad input of ptce-core's corpus ({@link BadInputs}, {@code
 * bad-input/core/expectations.tsv}) posted to {@code /v1/validate} (in English and in French) and
 * {@code /v1/eligibility} of a service with the default limits: 400 with exactly the expected
 * violations as JSON, 200 for an accepted input, 413 naming the limit in bytes for an input above
 * the body limit; never 500, never a stack trace; {@code /healthz} answers after each.
 */
class BadInputHttpTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static EligibilityService service;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    service =
        EligibilityService.start(
            ServiceConfig.defaults(0).withPool(4, 16).withClock(CLOCK).withLog(LOG::add));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop(Duration.ofSeconds(1));
  }

  static Stream<Arguments> cases() {
    return BadInputs.all().stream().map(c -> Arguments.of(c.name(), c));
  }

  private static HttpResponse<String> post(String path, byte[] body, String language)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(service.uri().resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(BodyPublishers.ofByteArray(body))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void validateAndEligibilityAnswerWithTheExpectedViolations(String name, Case c) throws Exception {
    byte[] body = c.input();
    for (String[] call :
        List.of(
            new String[] {"/v1/validate", "en"},
            new String[] {"/v1/validate", "fr"},
            new String[] {"/v1/eligibility?asOf=2026-01-15&scheme=fr.law.2014-856.art9", "en"})) {
      String where = name + " " + call[0] + " " + call[1];
      HttpResponse<String> response = post(call[0], body, call[1]);
      assertNoStackTrace(where, response);
      assertTrue(
          LOG.stream().noneMatch(line -> line.contains("internal error")),
          () -> where + ": " + LOG);
      if (body.length > ServiceConfig.DEFAULT_MAX_BODY_BYTES) {
        assertEquals(413, response.statusCode(), () -> where + "\n" + excerpt(response));
        assertTrue(response.body().contains("\"code\": \"request.tooLarge\""), where);
        assertTrue(
            response.body().contains(Integer.toString(ServiceConfig.DEFAULT_MAX_BODY_BYTES)),
            () -> where + ": the 413 says the limit in bytes\n" + response.body());
      } else if (c.accepted()) {
        assertEquals(200, response.statusCode(), () -> where + "\n" + excerpt(response));
        assertTrue(
            call[0].startsWith("/v1/validate")
                ? response.body().contains("\"valid\": true")
                : response.body().contains("\"ptce-report/1\""),
            where);
      } else {
        assertEquals(400, response.statusCode(), () -> where + "\n" + excerpt(response));
        JsonNode error = JSON.readTree(response.body());
        assertEquals("invalid-input", error.get("error").asString(), where);
        List<String> paths = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode violation : error.get("violations")) {
          paths.add(violation.get("path").asString());
          codes.add(violation.get("code").asString());
          String message = violation.get("message").asString();
          assertFalse(message.isBlank(), where);
          // Told in the language asked for, never in the parser's words or with its settings'
          // names.
          assertFalse(
              message.contains("Jackson") || message.contains("ReadFeature"),
              () -> where + ": " + message);
        }
        c.mismatch(paths, codes)
            .ifPresent(
                problem -> {
                  throw new AssertionError(call[0] + " " + problem);
                });
        assertEquals(call[1], response.headers().firstValue("Content-Language").orElse(""), where);
      }
      long start = System.nanoTime();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(service.uri().resolve("/healthz"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              BodyHandlers.ofString());
      assertEquals(200, health.statusCode(), where + ": /healthz after it");
      assertTrue(System.nanoTime() - start < 2_000_000_000L, where + ": /healthz is slow after it");
    }
  }

  private static void assertNoStackTrace(String where, HttpResponse<String> response) {
    assertTrue(response.statusCode() != 500, () -> where + ": 500\n" + excerpt(response));
    assertFalse(response.body().contains("\tat "), () -> where + "\n" + excerpt(response));
    assertFalse(response.body().contains("Exception"), () -> where + "\n" + excerpt(response));
  }

  private static String excerpt(HttpResponse<String> response) {
    String body = response.statusCode() + " " + response.body();
    return body.length() > 4000 ? body.substring(0, 4000) + "…" : body;
  }
}
