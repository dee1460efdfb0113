package io.github.ptce.examples.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.examples.Json;
import io.github.ptce.examples.Languages;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Requests;
import io.github.ptce.examples.Requests.Request;
import io.github.ptce.examples.Services;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.core.territory.DepartementCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of the service. Every answer is JSON (reports may also be asked for in another format); every
 * error is {@code {"status": …, "error": "…", "message": "…", "violations": [{path, code, message}]}}, in the
 * language of {@code ?lang=} or {@code Accept-Language} (French or English).
 */
final class Routes implements HttpHandler {
  static final String JSON = "application/json; charset=utf-8";
  static final String SCHEMA = "application/schema+json; charset=utf-8";
  private static final int MAX_QUERY = 4096;
  private static final int MAX_SCHEMES = 50;

  private final ServiceConfig config;

  Routes(ServiceConfig config) {
    this.config = config;
  }

  /** One thing wrong with a request, with its message in either language. */
  private record Problem(String path, String code, java.util.function.Function<Locale, String> message) {
    static Problem of(String path, String code, String... arguments) {
      return new Problem(path, code, locale -> Messages.get(locale, code, arguments));
    }
  }

  /** A failure that becomes an error response. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;
    final String key;
    final transient List<Problem> problems;
    final transient Map<String, String> headers;

    Failure(int status, String error, String key, List<Problem> problems, Map<String, String> headers) {
      super(error, null, false, false);
      this.status = status;
      this.error = error;
      this.key = key;
      this.problems = problems;
      this.headers = headers;
    }

    Failure(int status, String error, String key) {
      this(status, error, key, List.of(), Map.of());
    }
  }

  @Override
  public void handle(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    Locale locale = Locale.ENGLISH;
    try (exchange) {
      try {
        Map<String, List<String>> query = query(exchange);
        locale = locale(exchange, query);
        if (Thread.currentThread() instanceof EligibilityService.SpareThread && !path.equals("/healthz")) {
          throw new Failure(503, "busy", "http.busy", List.of(), Map.of("Retry-After", "1"));
        }
        route(exchange, method, path, query, locale);
      } catch (Failure f) {
        error(exchange, f, locale);
      } catch (IOException e) {
        // The client went away or was too slow: there is nobody to answer.
        config.log().accept("ptce serve: " + method + " " + Messages.quote(path) + ": connection closed ("
            + e.getClass().getSimpleName() + ")");
      } catch (RuntimeException | Error e) {
        config.log().accept("ptce serve: internal error on " + method + " " + Messages.quote(path) + ": "
            + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + Messages.quote(e.getMessage())));
        error(exchange, new Failure(500, "internal", "http.internal"), locale);
      }
    }
  }

  private void route(HttpExchange exchange, String method, String path, Map<String, List<String>> query,
      Locale locale) throws IOException {
    switch (path) {
      case "/" -> {
        get(method, query, Set.of());
        send(exchange, 200, JSON, index());
      }
      case "/healthz" -> {
        get(method, query, Set.of());
        send(exchange, 200, JSON, "{\n  \"status\": \"ok\"\n}\n");
      }
      case "/v1/eligibility" -> {
        post(method, query, Set.of("asOf", "scheme", "format", "lang"));
        eligibility(exchange, query, locale);
      }
      case "/v1/overview" -> {
        post(method, query, Set.of("asOf", "format", "lang"));
        overview(exchange, query, locale);
      }
      case "/v1/validate" -> {
        post(method, query, Set.of("lang"));
        validate(exchange, locale);
      }
      case "/v1/schemes" -> {
        get(method, query, Set.of("asOf", "region", "lang"));
        schemes(exchange, query, locale);
      }
      case "/v1/schemas/cluster.json" -> {
        get(method, query, Set.of());
        send(exchange, 200, SCHEMA, PtceJson.clusterSchema());
      }
      case "/v1/samples" -> {
        get(method, query, Set.of("lang"));
        send(exchange, 200, JSON, samples(locale));
      }
      default -> {
        if (path.startsWith("/v1/schemas/") && path.endsWith(".json")) {
          get(method, query, Set.of());
          String name = path.substring("/v1/schemas/".length(), path.length() - ".json".length());
          Optional<String> schema = Rendering.schema(name);
          if (schema.isPresent()) {
            send(exchange, 200, SCHEMA, schema.get());
            return;
          }
        } else if (path.startsWith("/v1/samples/")) {
          get(method, query, Set.of());
          Optional<Sample> sample = Sample.find(path.substring("/v1/samples/".length()));
          if (sample.isPresent()) {
            send(exchange, 200, JSON, new String(sample.get().cluster(), StandardCharsets.UTF_8));
            return;
          }
        }
        throw new Failure(404, "not-found", "http.notFound");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Routes

  private void eligibility(HttpExchange exchange, Map<String, List<String>> query, Locale locale)
      throws IOException {
    LocalDate asOf = asOf(query);
    String format = format(query);
    List<String> schemes = query.getOrDefault("scheme", List.of());
    if (schemes.size() > MAX_SCHEMES) {
      throw badQuery("scheme", "query.tooManySchemes", "limit", Integer.toString(MAX_SCHEMES));
    }
    Request request = request(exchange, locale);
    EligibilityReport report;
    try {
      report = Services.engine().evaluate(request.cluster(), asOf, schemes, request.assessments());
    } catch (InvalidInputException e) {
      throw invalid(e.violations(), locale);
    }
    stream(exchange, Rendering.mediaType(format), locale, out -> Rendering.render(report, format, locale, out));
  }

  private void overview(HttpExchange exchange, Map<String, List<String>> query, Locale locale) throws IOException {
    LocalDate asOf = asOf(query);
    String format = format(query);
    Request request = request(exchange, locale);
    Overview overview;
    try {
      overview = Services.engine().overview(request.cluster(), asOf, request.assessments());
    } catch (InvalidInputException e) {
      throw invalid(e.violations(), locale);
    }
    stream(exchange, Rendering.mediaType(format), locale, out -> Rendering.render(overview, format, locale, out));
  }

  private void validate(HttpExchange exchange, Locale locale) throws IOException {
    request(exchange, locale);
    send(exchange, 200, JSON, Json.validation(List.of(), locale), locale);
  }

  private void schemes(HttpExchange exchange, Map<String, List<String>> query, Locale locale) throws IOException {
    LocalDate asOf = query.containsKey("asOf") ? asOf(query) : null;
    RegionCode region = null;
    if (query.containsKey("region")) {
      String code = single(query, "region");
      try {
        region = RegionCode.parse(code);
      } catch (InvalidValueException e) {
        throw badQuery("region", "query.region", "value", Messages.quote(code));
      }
      if (Services.geography().region(region).isEmpty()) {
        throw badQuery("region", "query.region", "value", Messages.quote(code));
      }
    }
    SchemeCatalog catalog = Services.catalog();
    List<Scheme> selected = new ArrayList<>();
    for (Scheme scheme : asOf == null ? catalog.all() : catalog.inForce(asOf)) {
      if (region == null || touches(scheme.scope(), region)) {
        selected.add(scheme);
      }
    }
    StringWriter body = new StringWriter(16_384);
    Rendering.catalogJson(SchemeCatalog.of(selected), locale, body);
    send(exchange, 200, JSON, body.toString(), locale);
  }

  private static boolean touches(TerritorialScope scope, RegionCode region) {
    if (scope.isNational() || scope.regions().contains(region)) {
      return true;
    }
    for (DepartementCode departement : scope.departements()) {
      if (Services.geography().departement(departement).map(d -> d.region().equals(region)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static String index() {
    return Json.toString(g -> {
      g.writeStartObject();
      g.writeStringProperty("service", "ptce eligibility service");
      g.writeArrayPropertyStart("routes");
      for (String route : List.of("POST /v1/eligibility?asOf=yyyy-MM-dd&scheme=ID&format=json|text|md|html",
          "POST /v1/overview?asOf=yyyy-MM-dd&format=json|text|md|html", "POST /v1/validate",
          "GET /v1/schemes?asOf=yyyy-MM-dd&region=CODE", "GET /v1/schemas/cluster.json", "GET /v1/schemas/report.json",
          "GET /v1/schemas/overview.json", "GET /v1/schemas/schemes.json", "GET /v1/samples",
          "GET /v1/samples/{name}", "GET /healthz")) {
        g.writeString(route);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static String samples(Locale locale) {
    return Json.toString(g -> {
      g.writeStartObject();
      g.writeArrayPropertyStart("samples");
      for (Sample sample : Sample.values()) {
        g.writeStartObject();
        g.writeStringProperty("name", sample.sampleName());
        g.writeStringProperty("title", Messages.get(locale, "sample." + sample.sampleName()));
        g.writeStringProperty("href", "/v1/samples/" + sample.sampleName());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // Requests

  private static void get(String method, Map<String, List<String>> query, Set<String> allowed) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new Failure(405, "method-not-allowed", "http.methodNotAllowed", List.of(), Map.of("Allow", "GET, HEAD"));
    }
    parameters(query, allowed);
  }

  private static void post(String method, Map<String, List<String>> query, Set<String> allowed) {
    if (!method.equals("POST")) {
      throw new Failure(405, "method-not-allowed", "http.methodNotAllowed", List.of(), Map.of("Allow", "POST"));
    }
    parameters(query, allowed);
  }

  private static void parameters(Map<String, List<String>> query, Set<String> allowed) {
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw new Failure(400, "bad-request", "http.badQuery",
            List.of(Problem.of("?" + Messages.quote(name), "query.unknownParameter", "name", Messages.quote(name),
                "allowed", String.join(", ", new java.util.TreeSet<>(allowed)))), Map.of());
      }
    }
  }

  private Request request(HttpExchange exchange, Locale locale) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !isJson(type)) {
      throw new Failure(415, "unsupported-media-type", "http.unsupportedMediaType");
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new Failure(400, "bad-request", "http.badLength");
      }
      if (declared > config.maxBodyBytes()) {
        discard(exchange.getRequestBody(), declared);
        throw tooLarge();
      }
    }
    byte[] body;
    InputStream in = exchange.getRequestBody();
    body = in.readNBytes(config.maxBodyBytes() + 1);
    if (body.length > config.maxBodyBytes()) {
      discard(in, Long.MAX_VALUE);
      throw tooLarge();
    }
    // An empty body is read like any other document: json.empty, as from the command line.
    Validated<Request> read = Services.requests().read(body);
    if (!read.isValid()) {
      throw invalid(read.violations(), locale);
    }
    return read.orElseThrow();
  }

  /**
   * Reads and drops the rest of a body that is too large, up to {@link ServiceConfig#MAX_DISCARDED_BYTES}, so
   * that the client, still sending it, reads the 413 instead of a connection reset: the JDK server would
   * close the connection on unread bytes, and the client's TCP stack would then drop the answer. A larger
   * body is not read: the connection is closed at once. The read timeout bounds the time this takes.
   */
  private static void discard(InputStream in, long declared) throws IOException {
    if (declared > ServiceConfig.MAX_DISCARDED_BYTES) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    int n;
    while (read <= ServiceConfig.MAX_DISCARDED_BYTES && (n = in.read(buffer)) >= 0) {
      read += n;
    }
  }

  private Failure tooLarge() {
    return new Failure(413, "payload-too-large", "http.tooLarge",
        List.of(Problem.of("$", "request.tooLarge", "limit", Integer.toString(config.maxBodyBytes()))), Map.of("Connection", "close"));
  }

  /** Accepts {@code application/json}, {@code application/*+json}, with no charset or UTF-8. */
  static boolean isJson(String contentType) {
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
    String media = parts[0].trim();
    if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring("charset=".length()).replace("\"", "").trim();
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  private static Failure invalid(List<Violation> violations, Locale locale) {
    List<Problem> problems = new ArrayList<>();
    for (Violation v : violations) {
      problems.add(new Problem(v.path(), v.code(), v::message));
    }
    return new Failure(400, "invalid-input", "http.invalid", problems, Map.of());
  }

  private LocalDate asOf(Map<String, List<String>> query) {
    if (!query.containsKey("asOf")) {
      return LocalDate.now(config.clock().withZone(io.github.ptce.examples.cli.Terminal.ZONE));
    }
    String text = single(query, "asOf");
    try {
      LocalDate date = LocalDate.parse(text);
      // The same range as the command line's --as-of and an assessment's date.
      if (!Requests.inRange(date)) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new Failure(400, "bad-request", "http.badQuery", List.of(Problem.of("?asOf", "query.date",
          "value", Messages.quote(text), "earliest", Requests.EARLIEST.toString(),
          "latest", Requests.LATEST.toString())), Map.of());
    }
  }

  private static String format(Map<String, List<String>> query) {
    if (!query.containsKey("format")) {
      return "json";
    }
    String format = single(query, "format");
    if (!Rendering.isFormat(format)) {
      throw new Failure(400, "bad-request", "http.badQuery",
          List.of(Problem.of("?format", "query.format", "value", Messages.quote(format),
              "formats", String.join(", ", Rendering.FORMATS))), Map.of());
    }
    return format;
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values.size() != 1) {
      throw new Failure(400, "bad-request", "http.badQuery",
          List.of(Problem.of("?" + name, "query.repeated", "name", name)), Map.of());
    }
    return values.get(0);
  }

  private static Failure badQuery(String name, String code, String... arguments) {
    return new Failure(400, "bad-request", "http.badQuery", List.of(Problem.of("?" + name, code, arguments)),
        Map.of());
  }

  private static Map<String, List<String>> query(HttpExchange exchange) {
    String raw = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    if (raw.length() > MAX_QUERY) {
      throw new Failure(400, "bad-request", "http.badQuery",
          List.of(Problem.of("?", "query.tooLong", "limit", Integer.toString(MAX_QUERY))), Map.of());
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw new Failure(400, "bad-request", "http.badQueryEncoding");
      }
    }
    return query;
  }

  private static Locale locale(HttpExchange exchange, Map<String, List<String>> query) {
    List<String> lang = query.get("lang");
    if (lang != null && lang.size() == 1) {
      Optional<Locale> chosen = Languages.parse(lang.get(0));
      if (chosen.isPresent()) {
        return chosen.get();
      }
      throw new Failure(400, "bad-request", "http.badQuery",
          List.of(Problem.of("?lang", "query.lang", "value", Messages.quote(lang.get(0)))), Map.of());
    }
    return Languages.fromAcceptLanguage(exchange.getRequestHeaders().getFirst("Accept-Language"));
  }

  // ---------------------------------------------------------------------------------------------------
  // Responses

  private static void error(HttpExchange exchange, Failure failure, Locale locale) {
    String body = Json.toString(g -> {
      g.writeStartObject();
      g.writeNumberProperty("status", failure.status);
      g.writeStringProperty("error", failure.error);
      g.writeStringProperty("message", Messages.get(locale, failure.key,
          "count", Integer.toString(failure.problems.size())));
      g.writeArrayPropertyStart("violations");
      for (Problem problem : failure.problems) {
        g.writeStartObject();
        g.writeStringProperty("path", problem.path());
        g.writeStringProperty("code", problem.code());
        g.writeStringProperty("message", problem.message().apply(locale));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    try {
      failure.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      send(exchange, failure.status, JSON, body, locale);
    } catch (IOException | RuntimeException e) {
      // Headers already sent, or the client is gone: nothing more can be said.
    }
  }

  /**
   * Sends a 200 answer written as it is rendered, in chunks: a report grows with the members (about 30 KB of
   * JSON each, 150 MB for the 5,000 a cluster may have), and holding it whole, as text and then as bytes, took
   * close to 1 GB of heap for one request of 400 KB.
   */
  private static void stream(HttpExchange exchange, String contentType, Locale locale,
      java.util.function.Consumer<Writer> body) throws IOException {
    headers(exchange, contentType, locale);
    exchange.sendResponseHeaders(200, 0);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8),
        64 * 1024)) {
      body.accept(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void headers(HttpExchange exchange, String contentType, Locale locale) {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    if (locale != null) {
      headers.set("Content-Language", locale.getLanguage());
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    send(exchange, status, contentType, body, null);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body, Locale locale)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers(exchange, contentType, locale);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
