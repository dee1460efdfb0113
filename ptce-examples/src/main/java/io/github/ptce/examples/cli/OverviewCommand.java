package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.json.EvaluationRequest;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce overview}: the schemes open here and now, and what is missing for each. */
@Command(name = "overview", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class OverviewCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
  String file;

  @Option(names = "--sample", paramLabel = "NAME")
  String sample;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  @Option(names = "--out", paramLabel = "FILE")
  String outFile;

  @Option(names = "--assessments", paramLabel = "FILE")
  String assessmentsFile;

  @Override
  public Integer call() {
    if (!Rendering.isFormat(format)) {
      throw new CliException(
          ExitCodes.USAGE,
          text(
              "error.format",
              "value",
              Messages.quote(format),
              "formats",
              String.join(", ", Rendering.FORMATS)));
    }
    Source source = source(file, sample);
    EvaluationRequest request = request(source);
    List<Assessment> assessments = assessments(source, request, assessmentsFile);
    Overview overview;
    try {
      overview = Services.engine().overview(request.cluster(), asOfOrToday(asOf), assessments);
    } catch (InvalidInputException e) {
      throw rejected(source.label(), e);
    }
    output(outFile, writer -> Rendering.render(overview, format, locale(), writer));
    return ExitCodes.OK;
  }
}
