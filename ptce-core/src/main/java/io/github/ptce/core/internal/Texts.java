package io.github.ptce.core.internal;

import io.github.ptce.core.text.MessageBundle;
import java.lang.invoke.MethodHandles;
import java.util.Locale;
import java.util.Map;

/**
 * The messages of ptce-core (identifiers, JSON format, model and constraint violations).
 *
 * <p>English in {@code io/github/ptce/core/ValidationMessages.properties}, French in {@code
 * ValidationMessages_fr.properties} next to it: not at the class-path root, where they would
 * shadow, or be shadowed by, an application's own Bean Validation messages.
 */
public final class Texts {
  /** The resource base name of the core messages. */
  public static final String BASE_NAME = "io/github/ptce/core/ValidationMessages";

  private static final int MAX_QUOTED = 60;

  private Texts() {}

  /**
   * Returns the core bundle, loaded on first use.
   *
   * @return the bundle
   */
  public static MessageBundle bundle() {
    return Holder.BUNDLE;
  }

  /**
   * Formats a core message.
   *
   * @param locale the language
   * @param key the message key
   * @param arguments the placeholder values
   * @return the message
   */
  public static String message(Locale locale, String key, Map<String, String> arguments) {
    return Holder.BUNDLE.format(locale, key, arguments);
  }

  /**
   * Makes a piece of input safe to show inside a message: at most 60 characters (then an ellipsis),
   * and control characters replaced, so that a 20 MB string or a terminal escape sequence cannot
   * flood or corrupt a report.
   *
   * @param input the text as received, may be null
   * @return a short, printable text
   */
  public static String quoteInput(String input) {
    if (input == null) {
      return "null";
    }
    int limit = Math.min(input.length(), MAX_QUOTED);
    StringBuilder out = new StringBuilder(limit + 2);
    int i = 0;
    while (i < limit) {
      int c = input.codePointAt(i);
      int width = Character.charCount(c);
      // Keep whole characters (an emoji is two chars); replace controls and lone surrogates.
      boolean lone = Character.isSurrogate((char) c);
      out.appendCodePoint(Character.isISOControl(c) || lone ? '\uFFFD' : c);
      i += width;
    }
    if (input.length() > i) {
      out.append('…');
    }
    return out.toString();
  }

  private static final class Holder {
    static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "/" + BASE_NAME);
  }

  /**
   * Returns the segment of a reason code for an enum constant: the library's codes are
   * dot-separated lower-camel-case segments ({@code siren.wrongLength}), and the constants are
   * upper snake case.
   *
   * @param constant e.g. {@code WRONG_LENGTH}
   * @return e.g. {@code wrongLength}
   */
  public static String codeSegment(Enum<?> constant) {
    String name = constant.name();
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }
}
