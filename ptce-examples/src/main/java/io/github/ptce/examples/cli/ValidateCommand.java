package io.github.ptce.examples.cli;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Json;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.json.EvaluationRequest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce validate}: every problem of a cluster document, with its path. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ValidateCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
  String file;

  @Option(names = "--sample", paramLabel = "NAME")
  String sample;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(
          ExitCodes.USAGE,
          text("error.format", "value", Messages.quote(format), "formats", "text, json"));
    }
    Source source = source(file, sample);
    Validated<EvaluationRequest> read = Services.requests().readRequest(source.bytes());
    List<Violation> violations = read.violations();
    if (format.equals("json")) {
      out().print(Json.validation(violations, locale()));
    } else if (violations.isEmpty()) {
      EvaluationRequest request = read.orElseThrow();
      out()
          .println(
              text(
                  "validate.valid",
                  "file",
                  Messages.quote(source.label()),
                  "name",
                  Messages.quote(request.cluster().name()),
                  "members",
                  Integer.toString(request.cluster().members().size())));
    } else {
      out()
          .println(
              text(
                  "error.invalid",
                  "file",
                  Messages.quote(source.label()),
                  "count",
                  Integer.toString(violations.size())));
      for (String line : lines(violations)) {
        out().println("  " + line);
      }
    }
    out().flush();
    return violations.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
