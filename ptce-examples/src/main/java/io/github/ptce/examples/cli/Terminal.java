package io.github.ptce.examples.cli;

import io.github.ptce.examples.http.EligibilityService;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a run of the command sees of the world: its standard streams (written in UTF-8), whether
 * standard output is a terminal, the system's locale and the clock that gives today's date. Tests
 * build their own.
 */
public final class Terminal {
  /** The time zone of "today" when no {@code --as-of} is given: the law evaluated is French. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final InputStream in;
  private final OutputStream outStream;
  private final PrintWriter out;
  private final PrintWriter err;
  private final PrintWriter progress;
  private final boolean interactive;
  private final Locale systemLocale;
  private final Clock clock;
  private final Consumer<EligibilityService> onServe;

  private Terminal(
      InputStream in,
      OutputStream outStream,
      PrintWriter out,
      PrintWriter err,
      boolean interactive,
      Locale systemLocale,
      Clock clock,
      Consumer<EligibilityService> onServe) {
    this.in = Objects.requireNonNull(in, "in");
    this.outStream = Objects.requireNonNull(outStream, "outStream");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    // Its own writer on the same stream; the other writer is flushed before the bar is drawn.
    this.progress = new PrintWriter(new OutputStreamWriter(outStream, StandardCharsets.UTF_8));
    this.interactive = interactive;
    this.systemLocale = Objects.requireNonNull(systemLocale, "systemLocale");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onServe = Objects.requireNonNull(onServe, "onServe");
  }

  /**
   * Returns the terminal of this process.
   *
   * @return standard streams, {@code System.console() != null}, the default locale, the system
   *     clock
   */
  public static Terminal system() {
    return new Terminal(
        System.in,
        System.out,
        utf8(System.out),
        utf8(System.err),
        System.console() != null,
        Locale.getDefault(),
        Clock.system(ZONE),
        service -> {});
  }

  /**
   * Returns a terminal for tests or embedding.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param interactive whether standard output is a terminal (progress bars are drawn only then)
   * @param systemLocale the locale the default language follows
   * @param clock the clock of "today"
   * @return the terminal
   */
  public static Terminal of(
      InputStream in,
      OutputStream out,
      OutputStream err,
      boolean interactive,
      Locale systemLocale,
      Clock clock) {
    return new Terminal(
        in, out, utf8(out), utf8(err), interactive, systemLocale, clock, service -> {});
  }

  /**
   * Returns this terminal with a listener told of the service {@code ptce serve} starts (so that a
   * test or an embedding program can stop it).
   *
   * @param listener called with the running service
   * @return a new terminal
   */
  public Terminal withServeListener(Consumer<EligibilityService> listener) {
    return new Terminal(in, outStream, out, err, interactive, systemLocale, clock, listener);
  }

  Consumer<EligibilityService> onServe() {
    return onServe;
  }

  /**
   * A writer of UTF-8 text to a stream, through {@link SafeText}: nothing written to standard
   * output or error can move the cursor or send an escape sequence, whatever a file name or a
   * document holds.
   */
  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(
        new SafeText(
            new OutputStreamWriter(
                Objects.requireNonNull(stream, "stream"), StandardCharsets.UTF_8)));
  }

  /**
   * The writer of the progress bar, which alone may send a carriage return (to redraw its line);
   * what it shows of a name is escaped by the caller ({@link SafeText#escape(String)}).
   */
  PrintWriter progress() {
    return progress;
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean interactive() {
    return interactive;
  }

  Locale systemLocale() {
    return systemLocale;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  void flush() {
    out.flush();
    err.flush();
  }

  /**
   * Flushes standard output and returns whether anything written to it was lost (a full disk, a
   * closed pipe). Neither writer throws: {@link PrintWriter} keeps the failure for {@link
   * PrintWriter#checkError()}, and {@code System.out}, a {@link PrintStream}, keeps its own, which
   * the writer above it never sees.
   *
   * @return true if a write to standard output failed
   */
  boolean outFailed() {
    boolean failed = out.checkError();
    return outStream instanceof PrintStream stream ? stream.checkError() || failed : failed;
  }
}
