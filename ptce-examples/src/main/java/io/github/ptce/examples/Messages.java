package io.github.ptce.examples;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.text.MessageBundle;
import java.lang.invoke.MethodHandles;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the command-line tool and of the HTTP service, in English and French ({@code
 * io/github/ptce/examples/messages.properties} and {@code messages_fr.properties}).
 *
 * <p>Like the library's own messages, a placeholder {@code {name}} is replaced once and nothing in
 * an argument is interpreted; the JVM's default locale never chooses the file, the caller does.
 */
public final class Messages {
  private static final MessageBundle BUNDLE =
      MessageBundle.load(MethodHandles.lookup(), "messages");

  private Messages() {}

  /**
   * Returns the bundle, for violations whose message lives here.
   *
   * @return the bundle
   */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /**
   * Returns a text.
   *
   * @param locale French for a French locale, English otherwise
   * @param key the key
   * @param arguments alternately the names and values of the placeholders
   * @return the text
   */
  public static String get(Locale locale, String key, String... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments go by pairs: " + key);
    }
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      map.put(arguments[i], arguments[i + 1]);
    }
    return BUNDLE.format(locale, key, map);
  }

  /**
   * Makes a piece of input safe to print: shortened, without control characters.
   *
   * @param input what the user gave
   * @return a short printable text
   */
  public static String quote(String input) {
    return Texts.quoteInput(input);
  }
}
