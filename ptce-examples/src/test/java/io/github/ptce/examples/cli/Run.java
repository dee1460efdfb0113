package io.github.ptce.examples.cli;

import io.github.ptce.examples.http.EligibilityService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the command in-process with captured streams, an English system locale and a fixed clock.
 */
final class Run {
  /** Today, for the tests: 2026-01-15. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  final int code;
  final String out;
  final String err;

  private Run(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Run of(String... args) {
    return with(Locale.US, "", false, service -> {}, args);
  }

  static Run withLocale(Locale locale, String... args) {
    return with(locale, "", false, service -> {}, args);
  }

  static Run withInput(String input, String... args) {
    return with(Locale.US, input, false, service -> {}, args);
  }

  static Run interactive(String... args) {
    return with(Locale.US, "", true, service -> {}, args);
  }

  static Run serving(Consumer<EligibilityService> listener, String... args) {
    return with(Locale.US, "", false, listener, args);
  }

  /**
   * Runs with a standard output that refuses every byte, like {@code > /dev/full}: either a {@link
   * PrintStream}, which keeps the failure to itself as {@code System.out} does, or a plain stream
   * that throws.
   */
  static Run withFullOut(boolean printStream, String... args) {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    return with(
        Locale.US, "", false, service -> {}, printStream ? new PrintStream(full) : full, args);
  }

  private static Run with(
      Locale locale,
      String input,
      boolean interactive,
      Consumer<EligibilityService> listener,
      String... args) {
    return with(locale, input, interactive, listener, new ByteArrayOutputStream(), args);
  }

  private static Run with(
      Locale locale,
      String input,
      boolean interactive,
      Consumer<EligibilityService> listener,
      OutputStream stdout,
      String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        Terminal.of(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                stdout,
                err,
                interactive,
                locale,
                CLOCK)
            .withServeListener(listener);
    int code = Cli.run(terminal, args);
    String out =
        stdout instanceof ByteArrayOutputStream captured
            ? captured.toString(StandardCharsets.UTF_8)
            : "";
    return new Run(code, out, err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
