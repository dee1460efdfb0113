package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.internal.Similarity;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.json.EvaluationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the root's options, the terminal, reading inputs and reporting
 * problems. A subcommand's usage help is in {@code help.properties} and {@code help_fr.properties},
 * under {@code ptce.<name>.} ({@link UsageHelp}).
 */
abstract class BaseCommand implements Callable<Integer> {
  /**
   * The system's texts (lower case, as strerror words them) of the common failures, and what to
   * say.
   */
  private static final Map<String, String> SYSTEM_REASONS = systemReasons();

  @ParentCommand PtceCommand root;

  /** A cluster document and where it came from. */
  record Source(String label, byte[] bytes, Optional<Sample> sample) {}

  private static Map<String, String> systemReasons() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("no space left", "reason.noSpace");
    reasons.put("disk quota exceeded", "reason.noSpace");
    reasons.put("is a directory", "reason.isDirectory");
    reasons.put("not a directory", "reason.notDirectory");
    reasons.put("permission denied", "reason.permissionDenied");
    reasons.put("operation not permitted", "reason.permissionDenied");
    reasons.put("no such file", "reason.notFound");
    reasons.put("read-only file system", "reason.readOnly");
    reasons.put("input/output error", "reason.io");
    return Collections.unmodifiableMap(reasons);
  }

  Terminal terminal() {
    return root.terminal();
  }

  Locale locale() {
    return root.locale();
  }

  PrintWriter out() {
    return terminal().out();
  }

  PrintWriter err() {
    return terminal().err();
  }

  String text(String key, String... arguments) {
    return Messages.get(locale(), key, arguments);
  }

  LocalDate asOfOrToday(LocalDate asOf) {
    return asOf != null ? asOf : terminal().today();
  }

  /**
   * Loads the cluster of a FILE argument ({@code -} for standard input) or of {@code --sample
   * NAME}.
   */
  Source source(String file, String sampleName) {
    if (file == null && sampleName == null) {
      throw new CliException(ExitCodes.USAGE, text("error.sourceRequired"));
    }
    if (file != null && sampleName != null) {
      throw new CliException(ExitCodes.USAGE, text("error.sourceBoth"));
    }
    if (sampleName != null) {
      Sample sample = sample(sampleName);
      return new Source(sample.fileName(), sample.cluster(), Optional.of(sample));
    }
    return new Source(
        file.equals("-") ? text("label.stdin") : file, readFile(file), Optional.empty());
  }

  Sample sample(String name) {
    return Sample.find(name)
        .orElseThrow(
            () ->
                new CliException(
                    ExitCodes.USAGE,
                    text(
                            "error.unknownSample",
                            "name",
                            Messages.quote(name),
                            "known",
                            String.join(", ", Sample.names()))
                        + hint(name, Sample.names())));
  }

  String hint(String given, List<String> known) {
    return Similarity.closest(given, known)
        .map(h -> " " + text("error.didYouMean", "hint", h))
        .orElse("");
  }

  /**
   * Reads a file or standard input, at most one byte more than the document limit (the reader names
   * it).
   */
  byte[] readFile(String file) {
    long limit = PtceJson.standard().limits().maxDocumentBytes() + 1;
    if (file.equals("-")) {
      try {
        return terminal().in().readNBytes((int) limit);
      } catch (IOException e) {
        throw new CliException(
            ExitCodes.INVALID_INPUT,
            text("error.read", "file", text("label.stdin"), "reason", reason(e)),
            e);
      }
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(file)));
    }
    if (Files.isDirectory(path)) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, text("error.isDirectory", "file", Messages.quote(file)));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) limit);
    } catch (NoSuchFileException e) {
      throw new CliException(
          ExitCodes.INVALID_INPUT, text("error.notFound", "file", Messages.quote(file)));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.INVALID_INPUT,
          text("error.read", "file", Messages.quote(file), "reason", reason(e)),
          e);
    }
  }

  /**
   * Says why a file could not be read or written, in the user's language: the common cases in plain
   * words, else the operating system's own text; never a Java class name (with {@code --debug}, the
   * stack trace has it).
   */
  String reason(Throwable failure) {
    Throwable e =
        failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
            ? unchecked.getCause()
            : failure;
    if (e instanceof AccessDeniedException) {
      return text("reason.permissionDenied");
    }
    if (e instanceof NoSuchFileException) {
      return text("reason.notFound");
    }
    // Files.createDirectories throws FileAlreadyExistsException when a folder on the path is a
    // file.
    if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
      return text("reason.notDirectory");
    }
    if (e instanceof InvalidPathException) {
      return text("reason.invalidPath");
    }
    // Other failures (a full disk, a file of /proc) carry only the system's text: strerror, in
    // English
    // unless the system's messages are translated.
    String system = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (system == null || system.isBlank()) {
      return text("reason.unknown");
    }
    String lower = system.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> known : SYSTEM_REASONS.entrySet()) {
      if (lower.contains(known.getKey())) {
        return text(known.getValue());
      }
    }
    return Messages.quote(system);
  }

  /**
   * Reads and validates the cluster (and the assessments of a request), or fails with every
   * violation.
   */
  EvaluationRequest request(Source source) {
    Validated<EvaluationRequest> read = Services.requests().readRequest(source.bytes());
    if (!read.isValid()) {
      throw invalid(source.label(), read.violations());
    }
    return read.orElseThrow();
  }

  /**
   * Returns the assessments to use: those of {@code --assessments FILE} if given, else those of the
   * request, else those bundled with a sample.
   */
  List<Assessment> assessments(Source source, EvaluationRequest request, String assessmentsFile) {
    if (assessmentsFile != null) {
      Validated<List<Assessment>> read =
          Services.requests().readAssessments(readFile(assessmentsFile));
      if (!read.isValid()) {
        throw invalid(
            assessmentsFile.equals("-") ? text("label.stdin") : assessmentsFile, read.violations());
      }
      return read.orElseThrow();
    }
    if (!request.assessments().isEmpty()) {
      return request.assessments();
    }
    if (source.sample().isPresent() && source.sample().get().assessments().isPresent()) {
      return Services.requests()
          .readAssessments(source.sample().get().assessments().get())
          .orElseThrow();
    }
    return List.of();
  }

  CliException invalid(String label, List<Violation> violations) {
    return new CliException(
        ExitCodes.INVALID_INPUT,
        text(
            "error.invalid",
            "file",
            Messages.quote(label),
            "count",
            Integer.toString(violations.size())),
        lines(violations));
  }

  List<String> lines(List<Violation> violations) {
    List<String> lines = new ArrayList<>();
    for (Violation v : violations) {
      lines.add(v.path() + ": " + v.message(locale()) + " [" + v.code() + "]");
    }
    return lines;
  }

  /**
   * Turns the engine's rejection of a request (unknown scheme: usage; bad assessment: invalid
   * input).
   */
  CliException rejected(String label, InvalidInputException e) {
    boolean schemes =
        e.violations().stream().allMatch(v -> v.code().startsWith("request.unknownScheme"));
    if (schemes) {
      List<String> lines = new ArrayList<>();
      for (Violation v : e.violations()) {
        lines.add(v.message(locale()));
      }
      return new CliException(
          ExitCodes.USAGE, String.join(" ", lines) + " " + text("error.seeSchemes"));
    }
    return invalid(label, e.violations());
  }

  /**
   * Writes to {@code --out FILE} when given, creating its missing parent directories, else to
   * standard output (whose failures {@link Cli} reports once the command returns: a {@code
   * PrintWriter} never throws). The file is written whole or not at all ({@link AtomicFiles});
   * {@code ..} in a path whose directories do not exist yet is read as written ({@code a/x/../y/f}
   * is {@code a/y/f}).
   */
  void output(String outFile, Consumer<Writer> body) {
    if (outFile == null || outFile.equals("-")) {
      body.accept(out());
      out().flush();
      return;
    }
    try {
      Path path = AtomicFiles.resolve(Path.of(outFile));
      // Opening a directory fails with only the system's text to say why; asked first, it is said
      // plainly.
      if (Files.isDirectory(path)) {
        throw new CliException(
            ExitCodes.USAGE,
            text(
                "error.write",
                "file",
                Messages.quote(outFile),
                "reason",
                text("reason.isDirectory")));
      }
      Path parent = path.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.write(path, body);
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      // The renderers report a failed write (a full disk, /dev/full, a file of /proc) as an
      // UncheckedIOException; it is the same failure as one of opening or closing the file.
      throw new CliException(
          ExitCodes.USAGE,
          text("error.write", "file", Messages.quote(outFile), "reason", reason(e)),
          e);
    }
  }
}
