package io.github.ptce.examples.http;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.examples.EvaluationDates;
import io.github.ptce.examples.Json;
import io.github.ptce.examples.Languages;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Services;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.enrich.Enricher;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.registers.enrich.EnrichmentFormats;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.json.EvaluationRequest;
import io.github.ptce.rules.json.RequestJson;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
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
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The routes of the service. Every answer is JSON (reports may also be asked for in another
 * format); every error is {@code {"status": …, "error": "…", "message": "…", "violations": [{path,
 * code, message}]}}, in the language of {@code ?lang=} or {@code Accept-Language} (French or
 * English).
 *
 * <p>Nothing here blocks a thread of the server while a client is slow: the cheap routes ({@code
 * /healthz}, the catalogue, the schemas, the samples, every error) are answered at once with
 * non-blocking writes; a request body is read as its bytes arrive, under a deadline ({@link
 * ServiceConfig#readTimeout()}); only a complete body is handed to a worker ({@link
 * ServiceConfig#threads()}, {@link ServiceConfig#queue()}), which evaluates it and writes the
 * answer. When every worker is busy and the queue full, the request is answered 503 at once.
 */
final class Routes extends Handler.Abstract.NonBlocking {
  static final String JSON = "application/json; charset=utf-8";
  static final String SCHEMA = "application/schema+json; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  private static final int MAX_QUERY = 4096;
  private static final int MAX_SCHEMES = 50;

  /**
   * Every route, with its method and query parameters: the index ({@code GET /}) lists them, the
   * OpenAPI document describes them (a test checks that the two agree).
   */
  static final List<String> ROUTES =
      List.of(
          "POST /v1/eligibility?asOf=yyyy-MM-dd&scheme=ID&format=json|text|md|html&enrich=true|false&lang=fr|en",
          "POST /v1/overview?asOf=yyyy-MM-dd&format=json|text|md|html&lang=fr|en",
          "POST /v1/validate?lang=fr|en",
          "POST /v1/enrich?format=json|text&lang=fr|en",
          "GET /v1/schemes?asOf=yyyy-MM-dd&region=CODE&lang=fr|en",
          "GET /v1/schemas/cluster.json",
          "GET /v1/schemas/request.json",
          "GET /v1/schemas/assessments.json",
          "GET /v1/schemas/report.json",
          "GET /v1/schemas/overview.json",
          "GET /v1/schemas/schemes.json",
          "GET /v1/schemas/enrichment.json",
          "GET /v1/samples?lang=fr|en",
          "GET /v1/samples/{name}",
          "GET /v1/openapi.json",
          "GET /healthz");

  private final ServiceConfig config;
  private final ExecutorService workers;

  /** The register clusters are filled from; null when the service was started without one. */
  private final RegisterLookup registers;

  Routes(ServiceConfig config, ExecutorService workers, RegisterLookup registers) {
    this.config = config;
    this.workers = workers;
    this.registers = registers;
  }

  /** One thing wrong with a request, with its message in either language. */
  record Problem(String path, String code, Function<Locale, String> message) {
    static Problem of(String path, String code, String... arguments) {
      return new Problem(path, code, locale -> Messages.get(locale, code, arguments));
    }
  }

  /** A failure that becomes an error response. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;
    final String key;
    final transient List<Problem> problems;
    final transient Map<String, String> headers;

    Failure(
        int status, String error, String key, List<Problem> problems, Map<String, String> headers) {
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

  /** One request being answered: what the routes need of it. */
  private static final class Exchange {
    final org.eclipse.jetty.server.Request request;
    final Response response;
    final Callback callback;
    final String method;
    final String path;
    final AtomicBoolean answered = new AtomicBoolean();
    Locale locale;

    Exchange(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.method = request.getMethod();
      String raw = request.getHttpURI().getPath();
      this.path = raw == null ? "" : raw;
      // The language of errors found before ?lang= is read (a malformed query).
      this.locale = Languages.fromAcceptLanguage(header("Accept-Language"));
    }

    String header(String name) {
      return request.getHeaders().get(name);
    }
  }

  @Override
  public boolean handle(
      org.eclipse.jetty.server.Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(request, response, callback);
    try {
      Map<String, List<String>> query = query(request.getHttpURI().getQuery());
      exchange.locale = locale(exchange, query);
      route(exchange, query);
    } catch (Failure f) {
      error(exchange, f);
    } catch (RuntimeException | Error e) {
      internal(exchange, e);
    }
    return true;
  }

  /**
   * Logs an unexpected failure in one line and answers 500, or 503 when the JVM is out of memory.
   */
  private void internal(Exchange exchange, Throwable e) {
    config
        .log()
        .accept(
            "ptce serve: internal error on "
                + exchange.method
                + " "
                + Messages.quote(exchange.path)
                + ": "
                + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + Messages.quote(e.getMessage())));
    if (e instanceof OutOfMemoryError) {
      error(
          exchange,
          new Failure(
              503,
              "insufficient-memory",
              "http.outOfMemory",
              List.of(),
              Map.of("Retry-After", "5")));
    } else {
      error(exchange, new Failure(500, "internal", "http.internal"));
    }
  }

  private void route(Exchange exchange, Map<String, List<String>> query) {
    String method = exchange.method;
    switch (exchange.path) {
      case "/" -> {
        get(method, query, Set.of());
        send(exchange, 200, JSON, index());
      }
      case "/healthz" -> {
        get(method, query, Set.of());
        send(exchange, 200, JSON, "{\n  \"status\": \"ok\"\n}\n");
      }
      case "/v1/eligibility" -> {
        post(method, query, Set.of("asOf", "scheme", "format", "enrich", "lang"));
        LocalDate asOf = asOf(query);
        String format = format(query);
        List<String> schemes = query.getOrDefault("scheme", List.of());
        if (schemes.size() > MAX_SCHEMES) {
          throw badQuery("scheme", "query.tooManySchemes", "limit", Integer.toString(MAX_SCHEMES));
        }
        boolean enrich = enrich(query);
        body(
            exchange,
            request -> {
              Cluster cluster =
                  enrich ? enrichment(request.cluster()).cluster() : request.cluster();
              EligibilityReport report;
              try {
                report = Services.engine().evaluate(cluster, asOf, schemes, request.assessments());
              } catch (InvalidInputException e) {
                throw invalid(e.violations());
              }
              return out -> Rendering.render(report, format, exchange.locale, out);
            },
            Rendering.mediaType(format));
      }
      case "/v1/enrich" -> {
        post(method, query, Set.of("format", "lang"));
        String format = format(query, ENRICHMENT_FORMATS);
        registers();
        body(
            exchange,
            request -> {
              Enrichment enrichment = enrichment(request.cluster());
              if (format.equals("text")) {
                return out -> EnrichmentFormats.text(enrichment.report(), exchange.locale, out);
              }
              return out -> enrichmentJson(enrichment, exchange.locale, out);
            },
            format.equals("text") ? TEXT : JSON);
      }
      case "/v1/overview" -> {
        post(method, query, Set.of("asOf", "format", "lang"));
        LocalDate asOf = asOf(query);
        String format = format(query);
        body(
            exchange,
            request -> {
              Overview overview;
              try {
                overview =
                    Services.engine().overview(request.cluster(), asOf, request.assessments());
              } catch (InvalidInputException e) {
                throw invalid(e.violations());
              }
              return out -> Rendering.render(overview, format, exchange.locale, out);
            },
            Rendering.mediaType(format));
      }
      case "/v1/validate" -> {
        post(method, query, Set.of("lang"));
        body(
            exchange,
            request ->
                out ->
                    Json.write(
                        out,
                        g -> {
                          g.writeStartObject();
                          g.writeBooleanProperty("valid", true);
                          Json.violations(g, List.of(), exchange.locale);
                          g.writeEndObject();
                        }),
            JSON);
      }
      case "/v1/schemes" -> {
        get(method, query, Set.of("asOf", "region", "lang"));
        send(exchange, 200, JSON, schemes(query, exchange.locale));
      }
      case "/v1/schemas/cluster.json" -> {
        get(method, query, Set.of());
        send(exchange, 200, SCHEMA, PtceJson.clusterSchema());
      }
      case "/v1/schemas/request.json" -> {
        get(method, query, Set.of());
        send(exchange, 200, SCHEMA, RequestJson.requestSchema());
      }
      case "/v1/schemas/assessments.json" -> {
        get(method, query, Set.of());
        send(exchange, 200, SCHEMA, RequestJson.assessmentsSchema());
      }
      case "/v1/samples" -> {
        get(method, query, Set.of("lang"));
        send(exchange, 200, JSON, samples(exchange.locale));
      }
      case "/v1/openapi.json" -> {
        get(method, query, Set.of());
        send(exchange, 200, JSON, OpenApi.document());
      }
      default -> {
        if (method.equals("CONNECT")) {
          throw new Failure(405, "method-not-allowed", "http.methodNotAllowed");
        }
        String path = exchange.path;
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

  /** The register, or 501 when the service was started without one. */
  private RegisterLookup registers() {
    if (registers == null) {
      throw new Failure(501, "no-register", "http.noRegister");
    }
    return registers;
  }

  /** {@code ?enrich=true} or {@code false} (the default); true needs a register. */
  private boolean enrich(Map<String, List<String>> query) {
    String value = single(query, "enrich", "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw badQuery("enrich", "query.enrich", "value", Messages.quote(value));
    }
    if (value.equals("true")) {
      registers();
    }
    return value.equals("true");
  }

  /**
   * Runs on a worker: the cluster filled from the register; a register that cannot answer is 503.
   */
  private Enrichment enrichment(Cluster cluster) {
    try {
      return Enricher.of(registers()).enrich(cluster);
    } catch (RegisterException e) {
      config.log().accept("ptce serve: register: " + e.getMessage());
      throw new Failure(
          503,
          "register-unavailable",
          "http.register",
          List.of(new Problem("$", e.code(), e::message)),
          Map.of("Retry-After", "60"));
    }
  }

  /**
   * The answer of {@code /v1/enrich}: {@code {"cluster": …, "enrichment": …}}, the enriched cluster
   * ({@code ptce-cluster/2}) and the report ({@code ptce-enrichment/1}), each as its own writer
   * writes it.
   */
  static void enrichmentJson(Enrichment enrichment, Locale locale, Writer out) {
    StringWriter report = new StringWriter(16_384);
    EnrichmentFormats.json(enrichment.report(), locale, report);
    try {
      out.write("{\n  \"cluster\": ");
      out.write(indented(Services.json().writeCluster(enrichment.cluster())));
      out.write(",\n  \"enrichment\": ");
      out.write(indented(report.toString()));
      out.write("\n}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document nested one level down: its lines after the first indented by two spaces, its last
   * line end gone.
   */
  private static String indented(String document) {
    return document.strip().replace("\n", "\n  ");
  }

  private String schemes(Map<String, List<String>> query, Locale locale) {
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
    return body.toString();
  }

  private static boolean touches(TerritorialScope scope, RegionCode region) {
    if (scope.isNational() || scope.regions().contains(region)) {
      return true;
    }
    for (DepartementCode departement : scope.departements()) {
      if (Services.geography()
          .departement(departement)
          .map(d -> d.region().equals(region))
          .orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static String index() {
    return Json.toString(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("service", "ptce eligibility service");
          g.writeArrayPropertyStart("routes");
          for (String route : ROUTES) {
            g.writeString(route);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static String samples(Locale locale) {
    return Json.toString(
        g -> {
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
      throw new Failure(
          405,
          "method-not-allowed",
          "http.methodNotAllowed",
          List.of(),
          Map.of("Allow", "GET, HEAD"));
    }
    parameters(query, allowed);
  }

  private static void post(String method, Map<String, List<String>> query, Set<String> allowed) {
    if (!method.equals("POST")) {
      throw new Failure(
          405, "method-not-allowed", "http.methodNotAllowed", List.of(), Map.of("Allow", "POST"));
    }
    parameters(query, allowed);
  }

  private static void parameters(Map<String, List<String>> query, Set<String> allowed) {
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw new Failure(
            400,
            "bad-request",
            "http.badQuery",
            List.of(
                Problem.of(
                    "?" + Messages.quote(name),
                    "query.unknownParameter",
                    "name",
                    Messages.quote(name),
                    "allowed",
                    String.join(", ", new TreeSet<>(allowed)))),
            Map.of());
      }
    }
  }

  /** What a worker does with a valid request: the answer, written to a stream. */
  @FunctionalInterface
  private interface Work {
    Consumer<Writer> answer(EvaluationRequest request);
  }

  /**
   * Reads the body as its bytes arrive, without a thread waiting for them, then hands the request
   * to a worker. The body must be complete within {@link ServiceConfig#readTimeout()} of the
   * headers (408 and the connection closed otherwise); beyond {@link ServiceConfig#maxBodyBytes()}
   * it is 413, once what the client sends is read and dropped (up to {@link
   * ServiceConfig#MAX_DISCARDED_BYTES}), so that it reads the answer instead of a connection reset.
   */
  private void body(Exchange exchange, Work work, String contentType) {
    String type = exchange.header("Content-Type");
    if (type != null && !isJson(type)) {
      throw new Failure(415, "unsupported-media-type", "http.unsupportedMediaType");
    }
    long declared = exchange.request.getLength();
    if (declared > ServiceConfig.MAX_DISCARDED_BYTES) {
      throw tooLarge();
    }
    new BodyReader(
            exchange,
            declared > config.maxBodyBytes(),
            bytes -> {
              try {
                workers.execute(() -> evaluate(exchange, bytes, work, contentType));
              } catch (RejectedExecutionException e) {
                error(
                    exchange,
                    new Failure(503, "busy", "http.busy", List.of(), Map.of("Retry-After", "1")));
              }
            })
        .start();
  }

  /** Runs on a worker: reads, evaluates, and writes the answer as it is rendered. */
  private void evaluate(Exchange exchange, byte[] body, Work work, String contentType) {
    try {
      // An empty body is read like any other document: json.empty, as from the command line.
      Validated<EvaluationRequest> read = Services.requests().readRequest(body);
      if (!read.isValid()) {
        throw invalid(read.violations());
      }
      Consumer<Writer> answer = work.answer(read.orElseThrow());
      stream(exchange, contentType, answer);
    } catch (Failure f) {
      error(exchange, f);
    } catch (RuntimeException | Error e) {
      if (exchange.response.isCommitted()) {
        // Part of the answer is sent: the connection is closed so that the client sees it is cut.
        config
            .log()
            .accept(
                "ptce serve: internal error on "
                    + exchange.method
                    + " "
                    + Messages.quote(exchange.path)
                    + " while answering: "
                    + e.getClass().getName());
        finish(exchange, e);
      } else {
        internal(exchange, e);
      }
    }
  }

  /** The asynchronous reading of a body, under a deadline. */
  private final class BodyReader implements Runnable {
    private final Exchange exchange;
    private final Consumer<byte[]> complete;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicBoolean done = new AtomicBoolean();
    private boolean over;
    private long total;
    private Scheduler.Task deadline;

    BodyReader(Exchange exchange, boolean over, Consumer<byte[]> complete) {
      this.exchange = exchange;
      this.over = over;
      this.complete = complete;
    }

    void start() {
      deadline =
          exchange
              .request
              .getComponents()
              .getScheduler()
              .schedule(
                  () -> exchange.request.fail(new TimeoutException("body not received in time")),
                  config.readTimeout().toMillis(),
                  TimeUnit.MILLISECONDS);
      // Not run() here: the routes may be called on a selector thread, which a fast client would
      // keep reading
      // its body; a demand callback that is not declared non-blocking runs on a thread of the pool.
      exchange.request.demand(this);
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = exchange.request.read();
        if (chunk == null) {
          exchange.request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Throwable failure = chunk.getFailure();
          chunk.release();
          end(
              () ->
                  error(
                      exchange,
                      failure instanceof TimeoutException
                          ? new Failure(
                              408,
                              "request-timeout",
                              "http.timeout",
                              List.of(
                                  Problem.of(
                                      "$",
                                      "request.timeout",
                                      "seconds",
                                      Long.toString(config.readTimeout().toSeconds()))),
                              Map.of("Connection", "close"))
                          : new Failure(
                              400,
                              "bad-request",
                              "http.badBody",
                              List.of(),
                              Map.of("Connection", "close"))));
          return;
        }
        ByteBuffer buffer = chunk.getByteBuffer();
        int n = buffer.remaining();
        if (!over && total + n > config.maxBodyBytes()) {
          over = true;
          bytes.reset();
        }
        if (!over) {
          byte[] copy = new byte[n];
          buffer.get(copy);
          bytes.write(copy, 0, n);
        }
        total += n;
        boolean last = chunk.isLast();
        chunk.release();
        if (last || (over && total > ServiceConfig.MAX_DISCARDED_BYTES)) {
          end(
              over
                  ? () -> error(exchange, tooLarge())
                  : () -> complete.accept(bytes.toByteArray()));
          return;
        }
      }
    }

    private void end(Runnable then) {
      if (done.compareAndSet(false, true)) {
        deadline.cancel();
        then.run();
      }
    }
  }

  private Failure tooLarge() {
    return new Failure(
        413,
        "payload-too-large",
        "http.tooLarge",
        List.of(
            Problem.of("$", "request.tooLarge", "limit", Integer.toString(config.maxBodyBytes()))),
        Map.of("Connection", "close"));
  }

  /** Accepts {@code application/json}, {@code application/*+json}, with no charset or UTF-8. */
  static boolean isJson(String contentType) {
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";", -1);
    String media = parts[0].trim();
    if (!media.equals("application/json")
        && !(media.startsWith("application/") && media.endsWith("+json"))) {
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

  private static Failure invalid(List<Violation> violations) {
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
      if (!EvaluationDates.inRange(date)) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw badQuery(
          "asOf",
          "query.date",
          "value",
          Messages.quote(text),
          "earliest",
          EvaluationDates.EARLIEST.toString(),
          "latest",
          EvaluationDates.LATEST.toString());
    }
  }

  /** The formats of an enrichment: its JSON document, or its table. */
  private static final List<String> ENRICHMENT_FORMATS = List.of("json", "text");

  /** The {@code format} of a report: one of {@link Rendering#FORMATS}, JSON when absent. */
  private static String format(Map<String, List<String>> query) {
    return format(query, Rendering.FORMATS);
  }

  /** The {@code format} asked for, among those allowed; JSON when absent. */
  private static String format(Map<String, List<String>> query, List<String> allowed) {
    String format = single(query, "format", "json");
    if (!allowed.contains(format)) {
      throw badQuery(
          "format",
          "query.format",
          "value",
          Messages.quote(format),
          "formats",
          String.join(", ", allowed));
    }
    return format;
  }

  /** A parameter given at most once, or its default. */
  private static String single(Map<String, List<String>> query, String name, String absent) {
    return query.containsKey(name) ? single(query, name) : absent;
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values.size() != 1) {
      throw badQuery(name, "query.repeated", "name", name);
    }
    return values.get(0);
  }

  private static Failure badQuery(String name, String code, String... arguments) {
    return new Failure(
        400,
        "bad-request",
        "http.badQuery",
        List.of(Problem.of("?" + name, code, arguments)),
        Map.of());
  }

  /**
   * Decodes the raw query string: the service's own 400 for a malformed escape such as {@code %zz}.
   */
  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    if (raw.length() > MAX_QUERY) {
      throw new Failure(
          400,
          "bad-request",
          "http.badQuery",
          List.of(Problem.of("?", "query.tooLong", "limit", Integer.toString(MAX_QUERY))),
          Map.of());
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw new Failure(400, "bad-request", "http.badQueryEncoding");
      }
    }
    return query;
  }

  /**
   * The language of {@code ?lang=} (given once, like every parameter), else of {@code
   * Accept-Language}.
   */
  private static Locale locale(Exchange exchange, Map<String, List<String>> query) {
    List<String> lang = query.get("lang");
    if (lang == null) {
      return Languages.fromAcceptLanguage(exchange.header("Accept-Language"));
    }
    if (lang.size() != 1) {
      // Told in the language of Accept-Language: which of the repeated values would be the right
      // one?
      exchange.locale = Languages.fromAcceptLanguage(exchange.header("Accept-Language"));
      throw badQuery("lang", "query.repeated", "name", "lang");
    }
    Optional<Locale> chosen = Languages.parse(lang.get(0));
    if (chosen.isPresent()) {
      return chosen.get();
    }
    throw badQuery("lang", "query.lang", "value", Messages.quote(lang.get(0)));
  }

  // ---------------------------------------------------------------------------------------------------
  // Responses

  /** The body of an error answer. */
  static String errorBody(
      int status, String error, String key, List<Problem> problems, Locale locale) {
    return Json.toString(
        g -> {
          g.writeStartObject();
          g.writeNumberProperty("status", status);
          g.writeStringProperty("error", error);
          g.writeStringProperty(
              "message", Messages.get(locale, key, "count", Integer.toString(problems.size())));
          g.writeArrayPropertyStart("violations");
          for (Problem problem : problems) {
            g.writeStartObject();
            g.writeStringProperty("path", problem.path());
            g.writeStringProperty("code", problem.code());
            g.writeStringProperty("message", problem.message().apply(locale));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void error(Exchange exchange, Failure failure) {
    if (exchange.response.isCommitted()) {
      finish(exchange, failure);
      return;
    }
    failure.headers.forEach((name, value) -> exchange.response.getHeaders().put(name, value));
    send(
        exchange,
        failure.status,
        JSON,
        errorBody(failure.status, failure.error, failure.key, failure.problems, exchange.locale));
  }

  /** Ends an exchange once: its callback is told the outcome. */
  private static void finish(Exchange exchange, Throwable failure) {
    if (exchange.answered.compareAndSet(false, true)) {
      if (failure == null) {
        exchange.callback.succeeded();
      } else {
        exchange.callback.failed(failure);
      }
    }
  }

  static void headers(HttpFields.Mutable headers, String contentType, Locale locale) {
    headers.put(HttpHeader.CONTENT_TYPE, contentType);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
    if (locale != null) {
      headers.put(HttpHeader.CONTENT_LANGUAGE, locale.getLanguage());
    }
  }

  /** Sends a whole answer without blocking (a client that does not read it holds no thread). */
  private static void send(Exchange exchange, int status, String contentType, String body) {
    if (exchange.answered.get()) {
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Response response = exchange.response;
    response.setStatus(status);
    headers(response.getHeaders(), contentType, exchange.locale);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    boolean head = exchange.method.equals("HEAD");
    response.write(
        true,
        head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes),
        Callback.from(() -> finish(exchange, null), failure -> finish(exchange, failure)));
  }

  /**
   * Sends a 200 answer written as it is rendered, in chunks, from a worker: a report grows with the
   * members (about 30 KB of JSON each, 150 MB for the 5,000 a cluster may have), and holding it
   * whole took close to 1 GB of heap for one request of 400 KB. A client that stops reading makes
   * the write fail after the idle timeout, which frees the worker.
   */
  private static void stream(Exchange exchange, String contentType, Consumer<Writer> body) {
    Response response = exchange.response;
    response.setStatus(200);
    headers(response.getHeaders(), contentType, exchange.locale);
    OutputStream stream = Content.Sink.asOutputStream(response);
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024)) {
      body.accept(out);
    } catch (IOException | UncheckedIOException e) {
      // The client went away or stopped reading: there is nobody to answer.
      finish(exchange, e);
      return;
    }
    finish(exchange, null);
  }
}
