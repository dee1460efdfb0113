package io.github.ptce.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SyntheticSirene;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /v1/openapi.json} describes the service as it is: every route of {@link Routes#ROUTES}
 * with its method and query parameters, no route the service does not serve, and only schemas the
 * service publishes.
 */
class OpenApiTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static EligibilityService service;
  private static HttpClient client;
  private static JsonNode document;

  private static RegisterLookup registers;

  @BeforeAll
  static void start(@TempDir Path temp) throws Exception {
    // A service that reads a register, so that every route it documents is served: the SYNTHETIC
    // extract.
    SyntheticSirene.writeZip(temp);
    registers = RegisterLookup.sireneStock(temp).threads(1).open();
    service = EligibilityService.start(ServiceConfig.defaults(0).withLog(line -> {}), registers);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(service.uri().resolve("/v1/openapi.json")).build(),
            BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals(
        "application/json; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    document = JSON.readTree(response.body());
  }

  @AfterAll
  static void stop() {
    service.stop(Duration.ZERO);
    registers.close();
  }

  @Test
  void itIsAnOpenApi31Document() {
    assertEquals("3.1.0", document.get("openapi").asString());
    assertTrue(document.get("info").has("title") && document.get("info").has("version"));
    for (JsonNode path : document.get("paths")) {
      for (String method : path.propertyNames()) {
        JsonNode operation = path.get(method);
        assertTrue(operation.has("operationId") && operation.has("responses"), operation::toString);
      }
    }
  }

  @Test
  void everyRouteIsDocumentedWithItsParameters() {
    for (String route : Routes.ROUTES) {
      String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
      String rest = route.substring(route.indexOf(' ') + 1);
      String path = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
      JsonNode operation = document.get("paths").path(path).path(method);
      assertTrue(operation.isObject(), () -> route + " is not documented");
      Set<String> documented = new TreeSet<>();
      for (JsonNode parameter : operation.path("parameters")) {
        JsonNode resolved =
            parameter.has("$ref") ? resolve(parameter.get("$ref").asString()) : parameter;
        if (resolved.get("in").asString().equals("query")) {
          documented.add(resolved.get("name").asString());
        }
      }
      Set<String> served = new TreeSet<>();
      if (rest.contains("?")) {
        for (String pair : rest.substring(rest.indexOf('?') + 1).split("&")) {
          served.add(pair.substring(0, pair.indexOf('=')));
        }
      }
      assertEquals(served, documented, route);
    }
  }

  @Test
  void everyDocumentedRouteIsServed() throws Exception {
    List<String> documented = new ArrayList<>();
    for (String path : document.get("paths").propertyNames()) {
      for (String method : document.get("paths").get(path).propertyNames()) {
        documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
        String concrete = path.replace("{name}", "tetris");
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri().resolve(concrete));
        if (method.equals("post")) {
          request
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofByteArray(Sample.TETRIS.cluster()));
        }
        HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
        assertEquals(
            200, response.statusCode(), () -> method + " " + path + ": " + response.body());
        // The method documented is the one served: another is 405.
        HttpRequest.Builder other = HttpRequest.newBuilder(service.uri().resolve(concrete));
        if (method.equals("post")) {
          other.GET();
        } else {
          other.POST(BodyPublishers.ofString("{}"));
        }
        assertEquals(
            405,
            client.send(other.build(), BodyHandlers.ofString()).statusCode(),
            method + " " + path);
      }
    }
    // The index and the routes: the one route the index does not list is itself.
    List<String> routes =
        new ArrayList<>(
            Routes.ROUTES.stream()
                .map(r -> r.contains("?") ? r.substring(0, r.indexOf('?')) : r)
                .toList());
    routes.add("GET /");
    assertEquals(new TreeSet<>(routes), new TreeSet<>(documented));
  }

  @Test
  void theSchemasReferencedAreThePublishedOnes() {
    Set<String> external = new TreeSet<>();
    collect(document, external);
    assertNotEquals(Set.of(), external);
    for (String ref : external) {
      assertTrue(ref.startsWith("/v1/schemas/") && ref.endsWith(".json"), ref);
      String name = ref.substring("/v1/schemas/".length(), ref.length() - ".json".length());
      assertTrue(
          name.equals("cluster") || Rendering.schema(name).isPresent(),
          () -> ref + " is not published");
      assertTrue(document.get("paths").has(ref), () -> ref + " is not a documented route");
    }
    assertEquals(
        Set.of(
            "/v1/schemas/cluster.json",
            "/v1/schemas/enrichment.json",
            "/v1/schemas/overview.json",
            "/v1/schemas/report.json",
            "/v1/schemas/schemes.json"),
        external);
  }

  /** Collects the external references, and checks that every internal one resolves. */
  private static void collect(JsonNode node, Set<String> external) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").asString();
        if (ref.startsWith("#/")) {
          assertTrue(!resolve(ref).isMissingNode(), () -> ref + " does not resolve");
        } else {
          external.add(ref);
        }
      }
      for (JsonNode child : node) {
        collect(child, external);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, external);
      }
    }
  }

  private static JsonNode resolve(String ref) {
    return document.at(ref.substring(1));
  }
}
