package io.github.ptce.examples.cli;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.examples.http.EligibilityService;
import io.github.ptce.examples.http.ServiceConfig;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ptce serve}: the HTTP eligibility service, until Ctrl-C. */
@Command(name = "serve",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "Runs the HTTP eligibility service until it is stopped (Ctrl-C or SIGTERM: the requests in progress finish).",
        "",
        "  POST /v1/eligibility  cluster (or {\"cluster\": ..., \"assessments\": [...]})",
        "                        -> report; ?asOf=yyyy-MM-dd, ?scheme=ID (repeatable),",
        "                        ?format=json|text|md|html",
        "  POST /v1/overview     cluster -> overview; ?asOf=, ?format=",
        "  POST /v1/validate     cluster -> {\"valid\": true, ...} or 400",
        "  GET  /v1/schemes      the catalogue; ?asOf=, ?region=CODE",
        "  GET  /v1/schemas/cluster.json, report.json, overview.json, schemes.json",
        "  GET  /v1/samples, /v1/samples/NAME, /healthz",
        "",
        "Messages follow Accept-Language (fr or en) or ?lang=. Errors are JSON: 400 with the violations, 404, 405, "
            + "413 beyond the body limit, 415 for a body that is not JSON, 503 when every worker and the queue are "
            + "busy."},
    footer = {"", "Exit codes: 0 stopped, 4 usage error (bad option, port in use).", "",
        "Example: ptce serve --port 8080"})
final class ServeCommand extends BaseCommand {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (0: any free port; "
      + "default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on "
      + "(default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--threads", paramLabel = "N", description = "Workers (default: two per processor, at least 4).")
  Integer threads;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64", description = "Requests that may wait for a "
      + "worker before the service answers 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576", description = "Largest request body "
      + "(default: ${DEFAULT-VALUE}, 1 MiB); larger ones are answered 413.")
  int maxBody;

  @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Time a client has to "
      + "send its request (default: ${DEFAULT-VALUE}).")
  int readTimeout;

  @Option(names = "--write-timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Time a client has "
      + "to read an answer (default: ${DEFAULT-VALUE}).")
  int writeTimeout;

  @Override
  public Integer call() throws InterruptedException {
    ServiceConfig config;
    try {
      config = new ServiceConfig(host, port, threads == null ? ServiceConfig.defaultThreads() : threads, queue,
          maxBody, Duration.ofSeconds(readTimeout), Duration.ofSeconds(writeTimeout), Clock.system(Terminal.ZONE),
          line -> {
            err().println(line);
            err().flush();
          });
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, text("serve.badOption", "detail", Messages.quote(e.getMessage())));
    }
    // Load the engine before the first request, so that it is not the first client who waits for it.
    Services.engine();
    Services.requests();
    EligibilityService service;
    try {
      service = EligibilityService.start(config);
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.USAGE, text("serve.cannotListen", "host", Messages.quote(host),
          "port", Integer.toString(port), "reason", Messages.quote(String.valueOf(e.getCause().getMessage()))));
    }
    Thread hook = new Thread(() -> service.stop(Duration.ofSeconds(5)), "ptce-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out().println(text("serve.started", "uri", service.uri().toString()));
    out().flush();
    terminal().onServe().accept(service);
    service.awaitStop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running.
    }
    return ExitCodes.OK;
  }
}
