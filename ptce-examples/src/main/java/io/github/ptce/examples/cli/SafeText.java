package io.github.ptce.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What a terminal is sent: every character that would move the cursor, clear the screen, change
 * colours or reorder text is written as a visible escape instead, so that a file name, a property
 * name in a violation path or any text of a document cannot forge a line ("…is valid."), overwrite
 * one, or send an escape sequence.
 *
 * <p>Escaped: the C0 controls but the line feed and the tab ({@code \r}, {@code \b}, ESC, …), DEL
 * and the C1 controls, and the bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069),
 * as {@code \r} or {@code \u001B}. A carriage return directly followed by a line feed is kept: it
 * is the line end of Windows, which {@link java.io.PrintWriter#println()} writes there.
 */
final class SafeText extends FilterWriter {
  private boolean pendingReturn;

  SafeText(Writer out) {
    super(out);
  }

  /**
   * Returns a text with the characters described above escaped (carriage returns included).
   *
   * @param text any text
   * @return the text as it may be shown
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(escaped(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether a character must not reach a terminal as is (a line feed and a tab may). */
  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escaped(char c) {
    return c == '\r' ? "\\r" : String.format("\\u%04X", (int) c);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      out.write(ch == '\n' ? "\r" : "\\r");
    }
    if (ch == '\r') {
      pendingReturn = true;
    } else if (unsafe(ch)) {
      out.write(escaped(ch));
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (pendingReturn || unsafe(c)) {
        out.write(buffer, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(buffer, start, end - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  @Override
  public void flush() throws IOException {
    if (pendingReturn) {
      // A carriage return not followed by a line feed within what was written: shown, not obeyed.
      pendingReturn = false;
      out.write("\\r");
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
