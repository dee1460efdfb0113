package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Json;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Services;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.enrich.Enricher;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.registers.enrich.EnrichmentReport;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeOutcome;
import io.github.ptce.rules.json.EvaluationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ptce batch}: many clusters, one report each, and a summary.
 *
 * <p>What it guarantees: every item (a {@code *.json} entry of the directory, a line of the {@code
 * .ndjson} file) is evaluated or listed as skipped with its reason, whatever it holds (an error of
 * the JVM on one item included); a report is written to a temporary file and renamed into place
 * ({@link AtomicFiles}), so a report under its final name is always whole; the summary ({@value
 * #SUMMARY}) is written last, the same way, and lists every item; the summary of an earlier run is
 * removed first, so its presence means the run finished. With {@code --resume}, an item whose
 * report already exists is kept, not evaluated again.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class BatchCommand extends BaseCommand {
  /** The summary of a run, in the output directory. */
  static final String SUMMARY = "ptce-batch-summary.json";

  /** The format of the summary. */
  static final String SUMMARY_FORMAT = "ptce-batch/1";

  @Parameters(index = "0", paramLabel = "DIR|FILE.ndjson")
  String input;

  @Option(names = "--out", paramLabel = "DIR", required = true)
  String outDir;

  @Option(names = "--scheme", paramLabel = "ID")
  List<String> schemes = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json")
  String format;

  @Option(names = "--resume")
  boolean resume;

  @Mixin RegisterOptions registers;

  /**
   * With {@code --sirene} or {@code --online}: what the register said of every item's members,
   * looked up once.
   */
  private LookupBatch registerFacts;

  private Enricher enricher;

  /**
   * One cluster to evaluate: a file of the directory, or a line of the NDJSON file (its bytes, or
   * null when it is longer than the document limit), or an entry that cannot be read ({@code
   * problem}).
   */
  private record Item(String name, String label, Path file, byte[] bytes, String problem) {}

  /**
   * What became of an item: evaluated (an outcome), kept from an earlier run, or skipped with a
   * reason.
   */
  private enum Status {
    EVALUATED,
    KEPT,
    SKIPPED
  }

  private record Result(
      String name,
      String label,
      Status status,
      SchemeOutcome outcome,
      String report,
      String reason,
      boolean internal,
      EnrichmentReport enrichment) {
    Result(
        String name,
        String label,
        Status status,
        SchemeOutcome outcome,
        String report,
        String reason,
        boolean internal) {
      this(name, label, status, outcome, report, reason, internal, null);
    }
  }

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
    EligibilityEngine engine = Services.engine();
    for (String id : schemes) {
      if (engine.catalog().find(id).isEmpty()) {
        throw new CliException(
            ExitCodes.USAGE,
            text("error.unknownScheme", "id", Messages.quote(id))
                + hint(id, engine.catalog().all().stream().map(Scheme::id).toList())
                + " "
                + text("error.seeSchemes"));
      }
    }
    registers.check(locale());
    Path in = path(input);
    boolean directory = Files.isDirectory(in);
    if (!directory) {
      checkInputFile(in);
    }
    Path out;
    try {
      out = AtomicFiles.resolve(path(outDir));
      if (directory && Files.exists(out) && Files.isSameFile(in, out)) {
        throw new CliException(ExitCodes.USAGE, text("batch.sameDirectory"));
      }
      Files.createDirectories(out);
      AtomicFiles.deleteLeftovers(out);
      // The summary of an earlier run would describe reports this run replaces: while it is absent,
      // the
      // run has not finished.
      Files.deleteIfExists(out.resolve(SUMMARY));
    } catch (IOException | InvalidPathException e) {
      throw new CliException(
          ExitCodes.USAGE,
          text("error.write", "file", Messages.quote(outDir), "reason", reason(e)));
    }
    LocalDate date = asOfOrToday(asOf);
    String extension = Rendering.fileExtension(format);
    List<Result> results = new ArrayList<>();
    Progress progress = new Progress(terminal().interactive() ? terminal() : null);
    if (registers.given()) {
      lookUpEveryItem(in, directory, progress);
    }
    try {
      if (directory) {
        List<Item> items = directoryItems(in);
        progress.total(items.size());
        for (Item item : items) {
          progress.show(results.size(), item.name());
          results.add(run(engine, item, date, out, extension));
        }
      } else {
        progress.total(terminal().interactive() ? countLines(in) : 0);
        try (NdjsonLines lines = new NdjsonLines(Files.newInputStream(in), maxBytes())) {
          String stem = stem(in);
          NdjsonLines.Line line;
          while ((line = lines.next()) != null) {
            if (line.blank()) {
              continue;
            }
            String name = stem + "-" + line.number();
            progress.show(line.number() - 1, name);
            Item item =
                line.bytes() == null
                    ? new Item(name, input + ":" + line.number(), null, null, tooLarge())
                    : new Item(name, input + ":" + line.number(), null, line.bytes(), null);
            results.add(run(engine, item, date, out, extension));
          }
        } catch (IOException e) {
          // The items read so far have their reports; the summary says where reading stopped.
          results.add(
              new Result(
                  "-",
                  input,
                  Status.SKIPPED,
                  null,
                  null,
                  text("error.read", "file", Messages.quote(input), "reason", reason(e)),
                  false));
        }
      }
    } finally {
      progress.clear();
    }
    table(results, out);
    writeSummary(results, out, date);
    if (results.stream().anyMatch(Result::internal)) {
      return ExitCodes.INTERNAL;
    }
    if (results.stream().anyMatch(r -> r.status() == Status.SKIPPED)) {
      return ExitCodes.INVALID_INPUT;
    }
    return results.stream().anyMatch(r -> r.enrichment() != null && !r.enrichment().complete())
        ? ExitCodes.REGISTER
        : ExitCodes.OK;
  }

  /**
   * Reads every item once to collect its members' SIRENs and SIRETs, and looks them all up in one
   * batch: a scan of the stock files costs about the same for one identifier or a hundred thousand.
   * An item that cannot be read is skipped here and reported by the run itself.
   */
  private void lookUpEveryItem(Path in, boolean directory, Progress progress) {
    Set<Siren> sirens = new LinkedHashSet<>();
    Set<Siret> sirets = new LinkedHashSet<>();
    Consumer<byte[]> collect =
        bytes -> {
          Validated<EvaluationRequest> read = Services.requests().readRequest(bytes);
          if (read.isValid()) {
            sirens.addAll(Enricher.sirens(read.orElseThrow().cluster()));
            sirets.addAll(Enricher.sirets(read.orElseThrow().cluster()));
          }
        };
    if (directory) {
      for (Item item : directoryItems(in)) {
        if (item.file() != null) {
          try (InputStream stream = Files.newInputStream(item.file())) {
            collect.accept(stream.readNBytes((int) maxBytes() + 1));
          } catch (IOException e) {
            // Reported when the item is evaluated.
          }
        }
      }
    } else {
      try (NdjsonLines lines = new NdjsonLines(Files.newInputStream(in), maxBytes())) {
        NdjsonLines.Line line;
        while ((line = lines.next()) != null) {
          if (!line.blank() && line.bytes() != null) {
            collect.accept(line.bytes());
          }
        }
      } catch (IOException e) {
        // Reported when the items are evaluated.
      }
    }
    try (RegisterLookup lookup = registers.open(locale(), progress)) {
      registerFacts = RegisterOptions.lookup(lookup, sirens, sirets, progress, locale());
      enricher = Enricher.of(lookup);
    }
  }

  private Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(name)));
    }
  }

  private long maxBytes() {
    return PtceJson.standard().limits().maxDocumentBytes();
  }

  private String tooLarge() {
    return violations(
        List.of(
            Violation.of(
                "$", "json.limit.documentSize", Map.of("limit", Long.toString(maxBytes())))));
  }

  /**
   * The input must be a regular .ndjson file: a pipe with no writer would block the run for ever, a
   * device would never end.
   */
  private void checkInputFile(Path in) {
    if (!Files.exists(in)) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(input)));
    }
    if (!Files.isRegularFile(in)) {
      throw new CliException(
          ExitCodes.INVALID_INPUT,
          text("batch.notRegular", "file", Messages.quote(input), "kind", kind(in)));
    }
    String name = in.getFileName().toString();
    if (!name.endsWith(".ndjson") && !name.endsWith(".jsonl")) {
      throw new CliException(ExitCodes.USAGE, text("batch.input", "file", Messages.quote(input)));
    }
  }

  /** What a path that is not a regular file is, in words. */
  private String kind(Path path) {
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      return text("batch.kind.danglingLink");
    }
    if (Files.isDirectory(path)) {
      return text("batch.kind.directory");
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return text("batch.kind.gone");
    }
    return text("batch.kind.special");
  }

  /**
   * Every {@code *.json} entry of the directory in name order; those that are not regular files are
   * skipped.
   */
  private List<Item> directoryItems(Path in) {
    try (Stream<Path> files = Files.list(in)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(
              p -> {
                String label = p.getFileName().toString();
                return Files.isRegularFile(p)
                    ? new Item(stem(p), label, p, null, null)
                    : new Item(
                        stem(p), label, null, null, text("batch.notRegularEntry", "kind", kind(p)));
              })
          .toList();
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.INVALID_INPUT,
          text("error.read", "file", Messages.quote(input), "reason", reason(e)));
    }
  }

  /** Counts the lines of a file, for the progress bar only (a terminal is watching). */
  private static int countLines(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int lines = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      return lines + 1;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Evaluates one item, whatever it holds: every failure, an error of the JVM included, makes it
   * skipped with its reason, and the batch goes on.
   */
  private Result run(
      EligibilityEngine engine, Item item, LocalDate date, Path out, String extension) {
    String reportName = item.name() + "." + extension;
    if (item.problem() != null) {
      return skipped(item, item.problem(), false);
    }
    if (reportName.equals(SUMMARY)) {
      return skipped(item, text("batch.summaryName", "name", SUMMARY), false);
    }
    Path target = out.resolve(reportName);
    if (resume && Files.isRegularFile(target)) {
      return new Result(item.name(), item.label(), Status.KEPT, null, reportName, null, false);
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // A pipe under the report's name would block the run; a directory cannot be replaced.
      return skipped(
          item,
          text(
              "error.write",
              "file",
              Messages.quote(target.toString()),
              "reason",
              text("batch.notRegularEntry", "kind", kind(target))),
          false);
    }
    Result result;
    try {
      result = evaluate(engine, item, date, target);
    } catch (VirtualMachineError e) {
      result = skipped(item, Cli.fatalMessage(e, locale()), true);
    } catch (RuntimeException e) {
      result =
          skipped(
              item,
              text(
                  "error.internal",
                  "detail",
                  Messages.quote(
                      e.getClass().getName()
                          + (e.getMessage() == null ? "" : ": " + e.getMessage()))),
              true);
    }
    if (result.status() == Status.SKIPPED
        && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      // A report of an earlier run under this name would pass for this run's.
      try {
        Files.deleteIfExists(target);
      } catch (IOException e) {
        // The summary says the item was skipped; the file stays, as it was.
      }
    }
    return result;
  }

  private Result evaluate(EligibilityEngine engine, Item item, LocalDate date, Path target) {
    byte[] bytes = item.bytes();
    if (item.file() != null) {
      try (InputStream stream = Files.newInputStream(item.file())) {
        bytes = stream.readNBytes((int) maxBytes() + 1);
      } catch (IOException e) {
        return skipped(
            item,
            text("error.read", "file", Messages.quote(item.label()), "reason", reason(e)),
            false);
      }
    }
    Validated<EvaluationRequest> read = Services.requests().readRequest(bytes);
    bytes = null;
    if (!read.isValid()) {
      return skipped(item, violations(read.violations()), false);
    }
    EvaluationRequest request = read.orElseThrow();
    EnrichmentReport enrichment = null;
    Cluster cluster = request.cluster();
    if (registerFacts != null) {
      Enrichment enriched = enricher.enrich(cluster, registerFacts);
      cluster = enriched.cluster();
      enrichment = enriched.report();
    }
    EligibilityReport report;
    try {
      report = engine.evaluate(cluster, date, schemes, request.assessments());
    } catch (InvalidInputException e) {
      return skipped(item, violations(e.violations()), false);
    }
    try {
      AtomicFiles.write(target, writer -> Rendering.render(report, format, locale(), writer));
    } catch (IOException e) {
      return skipped(
          item,
          text("error.write", "file", Messages.quote(target.toString()), "reason", reason(e)),
          false);
    }
    return new Result(
        item.name(),
        item.label(),
        Status.EVALUATED,
        ExitCodes.combined(report),
        target.getFileName().toString(),
        null,
        false,
        enrichment);
  }

  private String violations(List<Violation> violations) {
    Violation first = violations.get(0);
    return text(
        "batch.violations",
        "count",
        Integer.toString(violations.size()),
        "first",
        first.path() + ": " + first.message(locale()));
  }

  private Result skipped(Item item, String reason, boolean internal) {
    err()
        .println(
            "ptce: "
                + text("batch.skipped", "file", Messages.quote(item.label()), "reason", reason));
    err().flush();
    return new Result(item.name(), item.label(), Status.SKIPPED, null, null, reason, internal);
  }

  private String outcomeText(Result r) {
    return switch (r.status()) {
      case SKIPPED -> text("batch.skippedOutcome");
      case KEPT -> text("batch.keptOutcome");
      case EVALUATED -> text("outcome." + r.outcome().name());
    };
  }

  private void table(List<Result> results, Path out) {
    PrintWriter w = out();
    int width =
        Math.max(
            text("batch.column.cluster").length(),
            results.stream().mapToInt(r -> SafeText.escape(r.name()).length()).max().orElse(0));
    width = Math.min(width, 40);
    String outcomeHeader = text("batch.column.outcome");
    int outcomeWidth = Math.max(outcomeHeader.length(), 16);
    w.println(
        pad(text("batch.column.cluster"), width)
            + "  "
            + pad(outcomeHeader, outcomeWidth)
            + "  "
            + text("batch.column.detail"));
    w.println("-".repeat(width) + "  " + "-".repeat(outcomeWidth) + "  " + "-".repeat(24));
    for (Result r : results) {
      // Escaped before padding: the terminal's writer escapes too, which would widen the column.
      w.println(
          pad(SafeText.escape(r.name()), width)
              + "  "
              + pad(outcomeText(r), outcomeWidth)
              + "  "
              + (r.reason() != null ? r.reason() : r.report()));
    }
    Map<SchemeOutcome, Integer> counts = counts(results);
    w.println();
    w.println(
        text(
            "batch.summary",
            "total",
            Integer.toString(results.size()),
            "eligible",
            Integer.toString(counts.getOrDefault(SchemeOutcome.ELIGIBLE, 0)),
            "notEligible",
            Integer.toString(counts.getOrDefault(SchemeOutcome.NOT_ELIGIBLE, 0)),
            "undetermined",
            Integer.toString(counts.getOrDefault(SchemeOutcome.UNDETERMINED, 0)),
            "noneApplies",
            Integer.toString(counts.getOrDefault(SchemeOutcome.NOT_APPLICABLE, 0)),
            "kept",
            Long.toString(results.stream().filter(r -> r.status() == Status.KEPT).count()),
            "skipped",
            Long.toString(results.stream().filter(r -> r.status() == Status.SKIPPED).count()),
            "dir",
            out.toString()));
    w.flush();
  }

  private static Map<SchemeOutcome, Integer> counts(List<Result> results) {
    Map<SchemeOutcome, Integer> counts = new EnumMap<>(SchemeOutcome.class);
    for (Result r : results) {
      if (r.outcome() != null) {
        counts.merge(r.outcome(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Writes {@value #SUMMARY}, last and atomically: every item with its status, outcome, report or
   * reason. A summary that cannot be written is said, and the exit code is then 4 (the reports are
   * there).
   */
  private void writeSummary(List<Result> results, Path out, LocalDate date) {
    Map<SchemeOutcome, Integer> counts = counts(results);
    try {
      AtomicFiles.write(
          out.resolve(SUMMARY),
          writer ->
              Json.write(
                  writer,
                  g -> {
                    g.writeStartObject();
                    g.writeStringProperty("format", SUMMARY_FORMAT);
                    g.writeStringProperty("input", input);
                    g.writeStringProperty("asOf", date.toString());
                    g.writeStringProperty("reportFormat", format);
                    g.writeArrayPropertyStart("schemes");
                    for (String scheme : schemes) {
                      g.writeString(scheme);
                    }
                    g.writeEndArray();
                    g.writeObjectPropertyStart("counts");
                    g.writeNumberProperty("total", results.size());
                    for (SchemeOutcome outcome : SchemeOutcome.values()) {
                      g.writeNumberProperty(outcome.name(), counts.getOrDefault(outcome, 0));
                    }
                    for (Status status : Status.values()) {
                      g.writeNumberProperty(
                          status.name(),
                          results.stream().filter(r -> r.status() == status).count());
                    }
                    g.writeEndObject();
                    g.writeArrayPropertyStart("items");
                    for (Result r : results) {
                      g.writeStartObject();
                      g.writeStringProperty("name", r.name());
                      g.writeStringProperty("source", r.label());
                      g.writeStringProperty("status", r.status().name());
                      if (r.outcome() != null) {
                        g.writeStringProperty("outcome", r.outcome().name());
                      }
                      if (r.report() != null) {
                        g.writeStringProperty("report", r.report());
                      }
                      if (r.reason() != null) {
                        g.writeStringProperty("reason", r.reason());
                      }
                      if (r.enrichment() != null) {
                        // What the register filled in before the evaluation, by status (ptce enrich
                        // gives the details).
                        g.writeObjectPropertyStart("enrichment");
                        r.enrichment()
                            .counts()
                            .forEach(
                                (status, count) -> g.writeNumberProperty(status.name(), count));
                        g.writeEndObject();
                      }
                      g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                  }));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.USAGE,
          text("error.write", "file", Messages.quote(SUMMARY), "reason", reason(e)),
          e);
    }
  }

  private static String pad(String s, int width) {
    if (s.length() > width) {
      return s.substring(0, width - 1) + "…";
    }
    return s + " ".repeat(width - s.length());
  }
}
