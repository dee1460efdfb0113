package io.github.ptce.rules.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Makes text from messages and from the user safe to print on one line, and escapes it for Markdown
 * and HTML, without regular expressions: one scan, and no copy when nothing needs changing.
 */
final class Safe {
  private Safe() {}

  /**
   * Returns the text on one line: tabs and line breaks become spaces; other control characters,
   * line and paragraph separators and bidirectional overrides become U+FFFD, so that a name cannot
   * move the cursor of a terminal, break a table or reorder what follows it.
   */
  static String line(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !special(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!special(c)) {
        out.append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }

  private static boolean special(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Appends text made safe and escaped for HTML element content and attribute values. */
  static void html(StringBuilder out, String text) {
    String safe = line(text);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /**
   * Appends text made safe and escaped for GitHub-flavoured Markdown: every character that can
   * start emphasis, code, a link, raw HTML, an entity, a table cell or a strike-through gets a
   * backslash. What starts a block at the start of a line is the writer's concern ({@link
   * #markdownLineStart}).
   */
  static void markdown(StringBuilder out, String text) {
    String safe = line(text);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
  }

  /**
   * Escapes what would start a block (heading, list item, quote, setext underline) at the start of
   * a line of Markdown written from {@code start}.
   */
  static void markdownLineStart(StringBuilder out, int start) {
    if (start >= out.length()) {
      return;
    }
    char first = out.charAt(start);
    if (first == '#' || first == '-' || first == '+' || first == '=') {
      out.insert(start, '\\');
      return;
    }
    int i = start;
    while (i < out.length() && i - start < 10 && out.charAt(i) >= '0' && out.charAt(i) <= '9') {
      i++;
    }
    if (i > start && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
      out.insert(i, '\\');
    }
  }

  /** Returns the number of code points: the width of a line in a terminal, near enough. */
  static int width(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /** Writes a buffer and empties it, reporting a failure as an {@link UncheckedIOException}. */
  static void drain(StringBuilder buffer, Writer out) {
    drain(buffer, out, 0);
  }

  /** Writes the rest of a buffer and flushes the writer. */
  static void finish(StringBuilder buffer, Writer out) {
    drain(buffer, out, 0);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes all but the last {@code keep} characters of a buffer and removes them from it. */
  static void drain(StringBuilder buffer, Writer out, int keep) {
    int end = Math.max(0, buffer.length() - keep);
    try {
      out.write(buffer.substring(0, end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.delete(0, end);
  }
}
