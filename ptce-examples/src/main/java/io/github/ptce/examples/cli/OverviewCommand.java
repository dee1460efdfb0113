package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Requests.Request;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Overview;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce overview}: the schemes open here and now, and what is missing for each. */
@Command(name = "overview",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "Answers \"which schemes can we apply to now, here, and what is missing?\": the legal definitions' "
            + "outcomes, the support schemes and charters open at the date for the cluster's territory with their "
            + "outcome and first missing facts, and the schemes closed, upcoming or for another territory."},
    footer = {"", "Exit codes: 0 done, 3 invalid input, 4 usage error (also: --out or standard output cannot be "
        + "written), 5 internal error.", "",
        "Example: ptce overview --sample pays-de-bray --lang fr"})
final class OverviewCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The cluster document (- for standard input).")
  String file;

  @Option(names = "--sample", paramLabel = "NAME", description = "Use a bundled sample instead of a file "
      + "(see: ptce samples).")
  String sample;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The date, yyyy-MM-dd (default: today in France).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the overview to FILE instead of standard "
      + "output (missing parent directories are created).")
  String outFile;

  @Option(names = "--assessments", paramLabel = "FILE", description = "Assessments (see: ptce check --help).")
  String assessmentsFile;

  @Override
  public Integer call() {
    if (!Rendering.isFormat(format)) {
      throw new CliException(ExitCodes.USAGE, text("error.format", "value", Messages.quote(format),
          "formats", String.join(", ", Rendering.FORMATS)));
    }
    Source source = source(file, sample);
    Request request = request(source);
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
