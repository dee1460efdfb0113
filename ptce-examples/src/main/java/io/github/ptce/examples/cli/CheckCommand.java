package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Services;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.json.EvaluationRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce check}: the eligibility report of a cluster. */
@Command(name = "check", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class CheckCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
  String file;

  @Option(names = "--sample", paramLabel = "NAME")
  String sample;

  @Option(names = "--scheme", paramLabel = "ID")
  List<String> schemes = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  @Option(names = "--out", paramLabel = "FILE")
  String outFile;

  @Option(names = "--assessments", paramLabel = "FILE")
  String assessmentsFile;

  @Option(names = "--strict")
  boolean strict;

  @Mixin RegisterOptions registers;

  @Override
  public Integer call() {
    String chosen = format(format);
    registers.check(locale());
    Source source = source(file, sample);
    EvaluationRequest request = request(source);
    List<Assessment> assessments = assessments(source, request, assessmentsFile);
    Cluster cluster = registers.given() ? enrich(request.cluster()) : request.cluster();
    EligibilityEngine engine = Services.engine();
    if (strict) {
      engine = engine.withOptions(EvaluationOptions.STRICT);
    }
    EligibilityReport report;
    try {
      report = engine.evaluate(cluster, asOfOrToday(asOf), schemes, assessments);
    } catch (InvalidInputException e) {
      throw rejected(source.label(), e);
    }
    output(outFile, writer -> Rendering.render(report, chosen, locale(), writer));
    return ExitCodes.of(report);
  }

  /**
   * The cluster with what the register says filled in; one line on standard error says what was
   * filled, and whether the register could not answer for some members.
   */
  private Cluster enrich(Cluster cluster) {
    Enrichment enrichment = registers.enrich(cluster, terminal(), locale());
    err().println("ptce: " + RegisterOptions.summary(enrichment.report(), cluster, locale()));
    err().flush();
    return enrichment.cluster();
  }

  String format(String value) {
    if (!Rendering.isFormat(value)) {
      throw new CliException(
          ExitCodes.USAGE,
          text(
              "error.format",
              "value",
              io.github.ptce.examples.Messages.quote(value),
              "formats",
              String.join(", ", Rendering.FORMATS)));
    }
    return value;
  }
}
