package io.github.ptce.examples.cli;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.registers.enrich.EnrichmentFormats;
import io.github.ptce.rules.json.EvaluationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ptce enrich}: fills what a cluster does not say from the Sirene register (the stock files,
 * or the Recherche d'entreprises API), writes the enriched cluster and the report of what was
 * filled.
 *
 * <p>The enriched cluster goes to {@code --out FILE}, else to standard output; the report to {@code
 * --report FILE}, else to standard output when the cluster went to a file, else to standard error
 * (so that {@code ptce enrich a.json --sirene DIR | ptce check -} works).
 */
@Command(name = "enrich", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class EnrichCommand extends BaseCommand {
  /** The formats of the report. */
  static final List<String> FORMATS = List.of("text", "json");

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
  String file;

  @Option(names = "--sample", paramLabel = "NAME")
  String sample;

  @Mixin RegisterOptions registers;

  @Option(names = "--out", paramLabel = "FILE")
  String outFile;

  @Option(names = "--report", paramLabel = "FILE")
  String reportFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new CliException(
          ExitCodes.USAGE,
          text(
              "error.format",
              "value",
              Messages.quote(format),
              "formats",
              String.join(", ", FORMATS)));
    }
    registers.check(locale());
    if (!registers.given()) {
      throw new CliException(ExitCodes.USAGE, text("registers.required"));
    }
    Source source = source(file, sample);
    EvaluationRequest request = request(source);
    Cluster cluster = request.cluster();
    Enrichment enrichment = registers.enrich(cluster, terminal(), locale());
    String written = Services.json().writeCluster(enrichment.cluster());
    output(outFile, writer -> write(writer, written));
    Consumer<Writer> report =
        writer -> {
          if (format.equals("json")) {
            EnrichmentFormats.json(enrichment.report(), locale(), writer);
          } else {
            EnrichmentFormats.text(enrichment.report(), locale(), writer);
          }
        };
    if (reportFile != null) {
      output(reportFile, report);
    } else if (outFile != null && !outFile.equals("-")) {
      output(null, report);
    } else {
      report.accept(err());
      err().flush();
    }
    return enrichment.report().complete() ? ExitCodes.OK : ExitCodes.REGISTER;
  }

  private static void write(Writer writer, String text) {
    try {
      writer.write(text);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
