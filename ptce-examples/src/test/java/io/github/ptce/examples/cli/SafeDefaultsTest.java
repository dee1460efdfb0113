package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.http.EligibilityService;
import io.github.ptce.examples.http.ServiceConfig;
import io.github.ptce.examples.samples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safe defaults, through the command line and the HTTP service: text from the input is never
 * interpreted (no expression language, no format string, no placeholder) in messages or in reports
 * of any format; no type is chosen from the input; no file or network access is driven by the input
 * (samples are looked up by name, never by path).
 */
class SafeDefaultsTest {
  /**
   * Texts built to be evaluated by an expression language, a format string or a message template.
   */
  private static final List<String> EXPRESSIONS = List.of("${1+1}", "#{1+1}", "{name}");

  private static EligibilityService service;
  private static HttpClient client;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    service =
        EligibilityService.start(ServiceConfig.defaults(0).withPool(2, 8).withLog(line -> {}));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    service.stop(Duration.ofSeconds(1));
  }

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(service.uri().resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(service.uri().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  // ---------------------------------------------------------------------------------------------------
  // No expression language, no templates

  /**
   * Stakeholders named ${1+1}, #{1+1} and {name}, invalid in ways whose messages quote the input.
   */
  private static final String INVALID =
      """
      {
        "name": "PTCE",
        "${1+1}": true,
        "members": [
          {"stakeholder": {"id": "${1+1}", "name": "${1+1}", "kind": "ENTERPRISE"}},
          {"stakeholder": {"id": "b", "name": "#{1+1}", "kind": "ENTERPRISE", "siren": "#{1+1}"}},
          {"stakeholder": {"id": "c", "name": "{name}", "kind": "{name}"}}
        ]
      }
      """;

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void expressionsInTheInputComeOutVerbatimInValidationMessages(String lang) throws Exception {
    Path file = write("invalid.json", INVALID.getBytes(StandardCharsets.UTF_8));
    Run run = Run.of("validate", file.toString(), "--lang", lang);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    HttpResponse<String> response =
        post("/v1/validate?lang=" + lang, INVALID.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response::body);
    for (String output : List.of(run.out, response.body())) {
      // The unknown property and the id (a Bean Validation constraint, whose message interpolation
      // is off),
      // the SIREN, the kind.
      for (String quoted : List.of("\"${1+1}\"", "\"#{1+1}\"", "\"{name}\"")) {
        assertTrue(
            output.contains(quoted)
                || output.contains(quoted.replace("\"", "\\\""))
                || output.contains("« " + quoted.substring(1, quoted.length() - 1) + " »")
                || output.contains(
                    "«\u00a0" + quoted.substring(1, quoted.length() - 1) + "\u00a0»"),
            () -> quoted + " in\n" + output);
      }
      assertTrue(output.contains("$.${1+1}"), output);
      assertTrue(output.contains("constraint.localId"), output);
      assertFalse(output.contains("\"2\""), output);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "md", "html", "json"})
  void expressionsInTheInputComeOutVerbatimInReportsOfEveryFormat(String format) throws Exception {
    byte[] cluster = BadInputs.input("injection-accepted.json");
    Path file = write("injection.json", cluster);
    Run run = Run.of("check", file.toString(), "--as-of", "2026-01-15", "--format", format);
    assertTrue(run.code <= ExitCodes.UNDETERMINED, run::toString);
    HttpResponse<String> response =
        post("/v1/eligibility?asOf=2026-01-15&format=" + format, cluster);
    assertEquals(200, response.statusCode(), response::body);
    assertEquals(run.out, response.body(), "the service and the tool write the same report");
    for (String expression : EXPRESSIONS) {
      // In the cluster's name and as the name of a member.
      assertTrue(run.out.contains(expression + " "), () -> expression + " in\n" + run.out);
      // In a list of members ("A, B, C."): followed by a comma, or by the full stop that ends the
      // list.
      assertTrue(
          run.out.contains(expression + ",") || run.out.contains(expression + "."),
          () -> expression + " as a member in\n" + run.out);
    }
    assertTrue(
        run.out.contains("${T(java.lang.Runtime).getRuntime()}") || !run.out.contains("Runtime"),
        run.out);
    if (format.equals("html")) {
      assertFalse(run.out.contains("<script>"), "HTML escapes the input");
    }
  }

  @Test
  void controlCharactersOfTheInputNeverReachTheTerminal() throws Exception {
    // Escape sequences that would clear the screen, change colours or set the window title.
    String json =
        "{\"name\": \"PTCE \\u001b[2J\\u001b[31mRED\\u0007\", \"stage\": \"\\u001b]0;x\\u0007\", "
            + "\"members\": [{\"stakeholder\": {\"id\": \"a\", \"name\": \"A\\u001b]0;title\\u0007\", "
            + "\"kind\": \"ENTERPRISE\"}}]}";
    String valid = json.replace(", \"stage\": \"\\u001b]0;x\\u0007\"", "");
    Path invalidFile = write("escape.json", json.getBytes(StandardCharsets.UTF_8));
    Path validFile = write("escape-valid.json", valid.getBytes(StandardCharsets.UTF_8));
    List<Run> runs =
        List.of(
            Run.of("validate", invalidFile.toString()),
            Run.of("check", invalidFile.toString()),
            Run.of("validate", validFile.toString()),
            Run.of("check", validFile.toString(), "--as-of", "2026-01-15", "--format", "text"),
            Run.of("check", validFile.toString(), "--as-of", "2026-01-15", "--format", "md"));
    for (Run run : runs) {
      String all = run.out + run.err;
      assertTrue(all.contains("RED") || all.contains("$.stage"), run::toString);
      for (String text : List.of(run.out, run.err)) {
        assertFalse(
            text.chars().anyMatch(c -> c == 0x1b || c == 0x07),
            () -> "control character in\n" + run);
      }
    }
  }

  @Test
  void placeholdersOfTheMessagesAreNotFilledFromTheInput() throws Exception {
    // A value that looks like the placeholders of the message it lands in: {value} and {allowed}.
    String json = "{\"name\": \"P\", \"stage\": \"{allowed}\", \"foundedOn\": \"{value}\"}";
    Path file = write("placeholders.json", json.getBytes(StandardCharsets.UTF_8));
    Run run = Run.of("validate", file.toString());
    assertTrue(run.out.contains("\"{allowed}\" is not allowed here"), run::toString);
    assertTrue(run.out.contains("\"{value}\" is not a date"), run::toString);
    assertFalse(run.out.contains("\"GESTATION, EMERGENCE"), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // No type chosen by the input

  @Test
  void typeKeysAreUnknownPropertiesEverywhere() throws Exception {
    String request =
        "{\"@class\": \"java.lang.ProcessBuilder\", \"cluster\": {\"@type\": \"java.net.URL\", "
            + "\"name\": \"P\"}, \"assessments\": [{\"@class\": \"java.io.File\", \"criterionId\": \"x\", "
            + "\"outcome\": \"MET\", \"assessor\": \"me\", \"date\": \"2025-01-01\"}]}";
    HttpResponse<String> response = post("/v1/validate", request.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response::body);
    for (String path : List.of("$.@class", "$.cluster.@type", "$.assessments[0].@class")) {
      assertTrue(
          response.body().contains("\"path\": \"" + path + "\""),
          () -> path + " in " + response.body());
    }
    assertTrue(response.body().contains("\"code\": \"request.unknownProperty\""), response::body);
    assertTrue(response.body().contains("\"code\": \"json.unknownProperty\""), response::body);
    assertTrue(
        response.body().contains("\"code\": \"assessment.unknownProperty\""), response::body);
    Run run =
        Run.of(
            "validate",
            write("types.json", BadInputs.input("polymorphic-type-keys.json")).toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(run.out.contains("$.@class: Unknown property"), run::toString);
    assertTrue(run.out.contains("$.perimeter.$ref: Unknown property"), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // Samples by name only

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "../../etc/passwd",
        "/etc/passwd",
        "pom.xml",
        "../pom.xml",
        "tetris.json",
        "samples/tetris",
        "src/main/resources/io/github/ptce/examples/samples/tetris.json",
        "file:///etc/passwd",
        "tetris/../tetris",
        "${user.home}"
      })
  void aSampleNameThatIsAPathIsAUsageError(String name) {
    for (String command : List.of("check", "validate", "overview")) {
      Run run = Run.of(command, "--sample", name);
      assertEquals(ExitCodes.USAGE, run.code, () -> command + " " + name + "\n" + run);
      assertTrue(run.err.startsWith("ptce: No sample is named"), run::toString);
      assertFalse(run.err.contains("root:"), run::toString);
    }
    Run samples = Run.of("samples", name);
    assertEquals(ExitCodes.USAGE, samples.code, samples::toString);
  }

  @Test
  void aSampleIsFoundByItsNameOnly() {
    assertTrue(Sample.find("tetris").isPresent());
    assertTrue(Sample.find(" Tetris ").isPresent());
    for (String name :
        List.of("../tetris", "./tetris", "tetris.json", "/tetris", "tetris/", "tetris;")) {
      assertTrue(Sample.find(name).isEmpty(), name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/samples/..%2F..%2Fpom.xml",
        "/v1/samples/%2Fetc%2Fpasswd",
        "/v1/samples//etc/passwd",
        "/v1/samples/tetris.json",
        "/v1/samples/file:%2F%2F%2Fetc%2Fpasswd",
        "/v1/samples/%2e%2e%2fpom.xml",
        "/v1/schemas/..%2F..%2Fpom.xml.json",
        "/v1/samples/tetris%00"
      })
  void aSamplePathOverHttpIsNotFound(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertTrue(
        response.statusCode() == 404 || response.statusCode() == 400,
        () -> path + " " + response.statusCode());
    assertFalse(response.body().contains("root:"), response::body);
    assertFalse(response.body().contains("<project"), response::body);
  }

  @Test
  void rawTraversalsOverHttpAreNotFound() throws IOException {
    for (String target :
        List.of(
            "/v1/samples/../../../../etc/passwd",
            "/v1/samples/../../pom.xml",
            "/../../../etc/passwd",
            "/v1/samples/%2e%2e/%2e%2e/pom.xml")) {
      String answer = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertTrue(
          answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"),
          () -> target + "\n" + answer);
      assertFalse(answer.contains("root:") || answer.contains("<project"), answer);
    }
    // An absolute URI in the request line names another host: the service serves only its own
    // routes.
    String absolute =
        raw(
            "GET http://example.invalid/v1/samples/tetris HTTP/1.1\r\nHost: x\r\nConnection: close"
                + "\r\n\r\n");
    assertFalse(absolute.contains("root:"), absolute);
  }

  @Test
  void urlsInTheInputAreNeverFetched() throws Exception {
    // A document full of addresses: each is an unknown property ($schema, $ref: no schema or
    // reference is
    // resolved) or a plain text.
    String json =
        "{\"name\": \"http://example.invalid/a\", \"$schema\": \"http://example.invalid/schema.json\", "
            + "\"description\": \"${jndi:ldap://example.invalid/a}\", \"perimeter\": {\"$ref\": \"file:///etc/passwd\", "
            + "\"communes\": [\"06069\"]}}";
    HttpResponse<String> response = post("/v1/validate", json.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response::body);
    assertEquals(
        Map.of("$.$schema", 1, "$.perimeter.$ref", 1),
        Map.of(
            "$.$schema",
            count(response.body(), "\"path\": \"$.$schema\""),
            "$.perimeter.$ref",
            count(response.body(), "\"path\": \"$.perimeter.$ref\"")));
    assertFalse(response.body().contains("root:"), response::body);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
