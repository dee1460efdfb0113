package io.github.ptce.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a run of the command sees of the world: its standard streams (written in UTF-8), whether standard
 * output is a terminal, the system's locale and the clock that gives today's date. Tests build their own.
 */
public final class Terminal {
  /** The time zone of "today" when no {@code --as-of} is given: the law evaluated is French. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final Locale systemLocale;
  private final Clock clock;

  private Terminal(InputStream in, OutputStream out, OutputStream err, boolean interactive, Locale systemLocale,
      Clock clock) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    this.err = new PrintWriter(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8));
    this.interactive = interactive;
    this.systemLocale = Objects.requireNonNull(systemLocale, "systemLocale");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the terminal of this process.
   *
   * @return standard streams, {@code System.console() != null}, the default locale, the system clock
   */
  public static Terminal system() {
    return new Terminal(System.in, System.out, System.err, System.console() != null, Locale.getDefault(),
        Clock.system(ZONE));
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
  public static Terminal of(InputStream in, OutputStream out, OutputStream err, boolean interactive,
      Locale systemLocale, Clock clock) {
    return new Terminal(in, out, err, interactive, systemLocale, clock);
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
}
