package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Requests.Request;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeOutcome;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce batch}: many clusters, one report each, and a summary. */
@Command(name = "batch",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true)
final class BatchCommand extends BaseCommand {

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

  /** One cluster to evaluate. */
  private record Item(String name, Path file, int line, String text) {}

  /** What became of one item. */
  private record Result(String name, SchemeOutcome outcome, String detail) {}

  @Override
  public Integer call() {
    if (!Rendering.isFormat(format)) {
      throw new CliException(ExitCodes.USAGE, text("error.format", "value", Messages.quote(format),
          "formats", String.join(", ", Rendering.FORMATS)));
    }
    EligibilityEngine engine = Services.engine();
    for (String id : schemes) {
      if (engine.catalog().find(id).isEmpty()) {
        throw new CliException(ExitCodes.USAGE, text("error.unknownScheme", "id", Messages.quote(id))
            + hint(id, engine.catalog().all().stream().map(Scheme::id).toList()) + " " + text("error.seeSchemes"));
      }
    }
    Path in = path(input);
    Path out = path(outDir);
    List<Item> items = items(in);
    try {
      if (Files.isDirectory(in) && Files.exists(out) && Files.isSameFile(in, out)) {
        throw new CliException(ExitCodes.USAGE, text("batch.sameDirectory"));
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, text("error.write", "file", Messages.quote(outDir), "reason", reason(e)));
    }
    LocalDate date = asOfOrToday(asOf);
    String extension = Rendering.fileExtension(format);
    List<Result> results = new ArrayList<>();
    Progress progress = new Progress(terminal().interactive() ? out() : null, items.size());
    for (Item item : items) {
      progress.show(results.size(), item.name());
      results.add(evaluate(engine, item, date, out.resolve(item.name() + "." + extension)));
    }
    progress.clear();
    summary(results, out);
    return results.stream().anyMatch(r -> r.outcome() == null) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  private Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException(ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(name)));
    }
  }

  private List<Item> items(Path in) {
    if (Files.isDirectory(in)) {
      try (Stream<Path> files = Files.list(in)) {
        return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
            .sorted()
            .map(p -> new Item(stem(p), p, 0, null))
            .toList();
      } catch (IOException e) {
        throw new CliException(ExitCodes.INVALID_INPUT, text("error.read", "file", Messages.quote(input),
            "reason", reason(e)));
      }
    }
    if (!Files.isRegularFile(in)) {
      throw new CliException(ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(input)));
    }
    if (!in.getFileName().toString().endsWith(".ndjson") && !in.getFileName().toString().endsWith(".jsonl")) {
      throw new CliException(ExitCodes.USAGE, text("batch.input", "file", Messages.quote(input)));
    }
    List<Item> items = new ArrayList<>();
    String stem = stem(in);
    long limit = PtceJson.standard().limits().maxDocumentBytes();
    try (InputStream stream = Files.newInputStream(in);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String text = line.length() > limit ? line.substring(0, (int) limit + 1) : line;
        items.add(new Item(stem + "-" + number, null, number, text));
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.INVALID_INPUT, text("error.read", "file", Messages.quote(input),
          "reason", reason(e)));
    }
    return items;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private Result evaluate(EligibilityEngine engine, Item item, LocalDate date, Path target) {
    String label = item.file() != null ? item.file().getFileName().toString() : input + ":" + item.line();
    byte[] bytes;
    if (item.file() != null) {
      try (InputStream stream = Files.newInputStream(item.file())) {
        bytes = stream.readNBytes((int) PtceJson.standard().limits().maxDocumentBytes() + 1);
      } catch (IOException e) {
        return skipped(item, label, text("error.read", "file", Messages.quote(label), "reason", reason(e)));
      }
    } else {
      bytes = item.text().getBytes(StandardCharsets.UTF_8);
    }
    Validated<Request> read = Services.requests().read(bytes);
    if (!read.isValid()) {
      return skipped(item, label, violations(read.violations()));
    }
    Request request = read.orElseThrow();
    EligibilityReport report;
    try {
      report = engine.evaluate(request.cluster(), date, schemes, request.assessments());
    } catch (InvalidInputException e) {
      return skipped(item, label, violations(e.violations()));
    }
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target),
        StandardCharsets.UTF_8))) {
      Rendering.render(report, format, locale(), writer);
    } catch (IOException | UncheckedIOException e) {
      // The renderers report a failed write (a full disk) as an UncheckedIOException.
      return skipped(item, label, text("error.write", "file", Messages.quote(target.toString()), "reason", reason(e)));
    }
    return new Result(item.name(), ExitCodes.combined(report), target.getFileName().toString());
  }

  private String violations(List<Violation> violations) {
    Violation first = violations.get(0);
    return text("batch.violations", "count", Integer.toString(violations.size()),
        "first", first.path() + ": " + first.message(locale()));
  }

  private Result skipped(Item item, String label, String reason) {
    err().println("ptce: " + text("batch.skipped", "file", Messages.quote(label), "reason", reason));
    err().flush();
    return new Result(item.name(), null, reason);
  }

  private void summary(List<Result> results, Path out) {
    PrintWriter w = out();
    int width = Math.max(text("batch.column.cluster").length(),
        results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    width = Math.min(width, 40);
    String outcomeHeader = text("batch.column.outcome");
    int outcomeWidth = Math.max(outcomeHeader.length(), 16);
    w.println(pad(text("batch.column.cluster"), width) + "  " + pad(outcomeHeader, outcomeWidth) + "  "
        + text("batch.column.detail"));
    w.println("-".repeat(width) + "  " + "-".repeat(outcomeWidth) + "  " + "-".repeat(24));
    Map<SchemeOutcome, Integer> counts = new EnumMap<>(SchemeOutcome.class);
    int skipped = 0;
    for (Result r : results) {
      String outcome = r.outcome() == null ? text("batch.skippedOutcome") : text("outcome." + r.outcome().name());
      if (r.outcome() == null) {
        skipped++;
      } else {
        counts.merge(r.outcome(), 1, Integer::sum);
      }
      w.println(pad(r.name(), width) + "  " + pad(outcome, outcomeWidth) + "  " + r.detail());
    }
    w.println();
    w.println(text("batch.summary", "total", Integer.toString(results.size()),
        "eligible", Integer.toString(counts.getOrDefault(SchemeOutcome.ELIGIBLE, 0)),
        "notEligible", Integer.toString(counts.getOrDefault(SchemeOutcome.NOT_ELIGIBLE, 0)
            + counts.getOrDefault(SchemeOutcome.NOT_APPLICABLE, 0)),
        "undetermined", Integer.toString(counts.getOrDefault(SchemeOutcome.UNDETERMINED, 0)),
        "skipped", Integer.toString(skipped),
        "dir", out.toString()));
    w.flush();
  }

  private static String pad(String s, int width) {
    if (s.length() > width) {
      return s.substring(0, width - 1) + "…";
    }
    return s + " ".repeat(width - s.length());
  }

  /** A one-line progress bar, redrawn in place; draws nothing when output is not a terminal. */
  private static final class Progress {
    private static final int BAR = 30;
    private final PrintWriter out;
    private final int total;

    Progress(PrintWriter out, int total) {
      this.out = out;
      this.total = total;
    }

    void show(int done, String name) {
      if (out == null || total == 0) {
        return;
      }
      int filled = done * BAR / total;
      String shown = name.length() > 30 ? name.substring(0, 29) + "…" : name;
      out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " "
          + shown + " ".repeat(31 - shown.length()));
      out.flush();
    }

    void clear() {
      if (out == null || total == 0) {
        return;
      }
      out.print("\r" + " ".repeat(BAR + 50) + "\r");
      out.flush();
    }
  }
}
