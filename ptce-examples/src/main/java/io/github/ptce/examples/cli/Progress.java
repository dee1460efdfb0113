package io.github.ptce.examples.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar, redrawn in place; draws nothing when output is not a terminal.
 * Thread-safe: the register client tells it from its own threads.
 */
final class Progress {
  private static final int BAR = 30;
  private final Terminal terminal;
  private int total;

  Progress(Terminal terminal) {
    this.terminal = terminal;
  }

  synchronized void total(int value) {
    total = value;
  }

  synchronized void show(int done, String name) {
    if (terminal == null || total == 0) {
      return;
    }
    terminal.out().flush();
    terminal.err().flush();
    int filled = Math.min(BAR, done * BAR / total);
    String escaped = SafeText.escape(name);
    String shown = escaped.length() > 30 ? escaped.substring(0, 29) + "…" : escaped;
    PrintWriter out = terminal.progress();
    out.print(
        "\r["
            + "#".repeat(filled)
            + ".".repeat(BAR - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + shown
            + " ".repeat(31 - shown.length()));
    out.flush();
  }

  synchronized void clear() {
    if (terminal == null || total == 0) {
      return;
    }
    PrintWriter out = terminal.progress();
    out.print("\r" + " ".repeat(BAR + 50) + "\r");
    out.flush();
  }
}
