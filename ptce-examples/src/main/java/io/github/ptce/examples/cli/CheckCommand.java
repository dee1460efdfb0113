package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Requests.Request;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce check}: the eligibility report of a cluster. */
@Command(name = "check",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
        "Evaluates a cluster against the schemes (every scheme in force for its territory, or those given with "
            + "--scheme) and prints the report: the outcome of each scheme, each criterion with the text of law "
            + "it encodes, and the missing facts ranked by how many outcomes they could change.",
        "",
        "FILE is a cluster document (format ptce-cluster/1, see docs/cluster-format.md), or a request "
            + "{\"cluster\": {...}, \"assessments\": [...]}; - reads standard input."},
    footerHeading = "%nSamples (--sample NAME):%n",
    footer = {
        "  tetris                SCIC TETRIS, Grasse (CA du Pays de Grasse) - public facts only",
        "  emergence-beauvaisis  Emergence Beauvaisis (CA du Beauvaisis) - public facts only",
        "  pole-sud-archer       Pôle Sud Archer, Romans-sur-Isère (Valence Romans Agglo) - public facts only",
        "  pays-de-bray          Maison d'économie solidaire du Pays de Bray (Oise) - public facts only",
        "  synthetic-eligible    synthetic, complete: eligible to Art. 9 and décret 2015-431 (bundled assessment)",
        "",
        "Exit codes: 0 eligible, 1 not eligible (or no scheme applies), 2 undetermined, 3 invalid input, "
            + "4 usage error (also: --out or standard output cannot be written), 5 internal error.",
        "With several schemes: 1 if any scheme about the cluster is not eligible, else 2 if any is "
            + "undetermined, else 0.",
        "",
        "Examples:",
        "  ptce check --sample tetris",
        "  ptce check my-cluster.json --scheme fr.law.2014-856.art9 --as-of 2026-01-15 --format html --out report.html"})
final class CheckCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The cluster document (- for standard input).")
  String file;

  @Option(names = "--sample", paramLabel = "NAME", description = "Evaluate a bundled sample instead of a file.")
  String sample;

  @Option(names = "--scheme", paramLabel = "ID", description = "A scheme to evaluate (repeatable); "
      + "default: every scheme in force whose territory includes the cluster's. See: ptce schemes.")
  List<String> schemes = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
      description = "The evaluation date, yyyy-MM-dd (default: today in France).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output "
      + "(missing parent directories are created).")
  String outFile;

  @Option(names = "--assessments", paramLabel = "FILE", description = "Assessments of the criteria that need a "
      + "person's judgement: a JSON array of {criterionId, member?, outcome: MET|NOT_MET, assessor, date, note?}. "
      + "They replace those of the request or of the sample.")
  String assessmentsFile;

  @Option(names = "--strict", description = "Read Art. 9 as requiring at least two SSE enterprises "
      + "(\"des entreprises\", plural) instead of one.")
  boolean strict;

  @Override
  public Integer call() {
    String chosen = format(format);
    Source source = source(file, sample);
    Request request = request(source);
    List<Assessment> assessments = assessments(source, request, assessmentsFile);
    EligibilityEngine engine = Services.engine();
    if (strict) {
      engine = engine.withOptions(EvaluationOptions.STRICT);
    }
    EligibilityReport report;
    try {
      report = engine.evaluate(request.cluster(), asOfOrToday(asOf), schemes, assessments);
    } catch (InvalidInputException e) {
      throw rejected(source.label(), e);
    }
    output(outFile, writer -> Rendering.render(report, chosen, locale(), writer));
    return ExitCodes.of(report);
  }

  String format(String value) {
    if (!Rendering.isFormat(value)) {
      throw new CliException(ExitCodes.USAGE, text("error.format", "value",
          io.github.ptce.examples.Messages.quote(value), "formats", String.join(", ", Rendering.FORMATS)));
    }
    return value;
  }
}
