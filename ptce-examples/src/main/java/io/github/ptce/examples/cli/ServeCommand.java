package io.github.ptce.examples.cli;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.examples.http.EligibilityService;
import io.github.ptce.examples.http.ServiceConfig;
import io.github.ptce.registers.RegisterLookup;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ptce serve}: the HTTP eligibility service, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ServeCommand extends BaseCommand {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--threads", paramLabel = "N")
  Integer threads;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64")
  int queue;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576")
  int maxBody;

  @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "10")
  int readTimeout;

  @Option(names = "--write-timeout", paramLabel = "SECONDS", defaultValue = "60")
  int writeTimeout;

  @Option(names = "--sirene", paramLabel = "DIR")
  String sirene;

  @Option(names = "--extract-date", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate extractDate;

  @Override
  public Integer call() throws InterruptedException {
    ServiceConfig config;
    try {
      config =
          new ServiceConfig(
              host,
              port,
              threads == null ? ServiceConfig.defaultThreads() : threads,
              queue,
              maxBody,
              Duration.ofSeconds(readTimeout),
              Duration.ofSeconds(writeTimeout),
              Clock.system(Terminal.ZONE),
              line -> {
                err().println(line);
                err().flush();
              });
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitCodes.USAGE, text("serve.badOption", "detail", Messages.quote(e.getMessage())));
    }
    if (sirene == null && extractDate != null) {
      throw new CliException(
          ExitCodes.USAGE, text("registers.sireneOnly", "option", "--extract-date"));
    }
    // Load the engine before the first request, so that it is not the first client who waits for
    // it.
    Services.engine();
    Services.requests();
    RegisterOptions options = new RegisterOptions();
    options.sirene = sirene;
    options.extractDate = extractDate;
    RegisterLookup registers = sirene == null ? null : options.open(locale(), new Progress(null));
    try {
      return serve(config, registers);
    } finally {
      if (registers != null) {
        registers.close();
      }
    }
  }

  private int serve(ServiceConfig config, RegisterLookup registers) throws InterruptedException {
    EligibilityService service;
    try {
      service = EligibilityService.start(config, registers);
    } catch (UncheckedIOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          text(
              "serve.cannotListen",
              "host",
              Messages.quote(host),
              "port",
              Integer.toString(port),
              "reason",
              Messages.quote(String.valueOf(e.getCause().getMessage()))));
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
