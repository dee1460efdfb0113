package io.github.ptce.registers.internal;

import io.github.ptce.core.text.MessageBundle;
import java.lang.invoke.MethodHandles;
import java.util.Locale;
import java.util.Map;

/** The messages of ptce-registers, in {@code io/github/ptce/registers/messages(_fr).properties}. */
public final class Messages {
  /** The resource base name. */
  public static final String BASE_NAME = "io/github/ptce/registers/messages";

  private static final MessageBundle BUNDLE =
      MessageBundle.load(MethodHandles.lookup(), "/" + BASE_NAME);

  private Messages() {}

  /**
   * Formats a message.
   *
   * @param locale the language
   * @param key the message key
   * @param arguments the placeholder values
   * @return the message
   */
  public static String format(Locale locale, String key, Map<String, String> arguments) {
    return BUNDLE.format(locale, key, arguments);
  }

  /**
   * Returns whether a key exists.
   *
   * @param key a message key
   * @return true if the English file defines it
   */
  public static boolean contains(String key) {
    return BUNDLE.contains(key);
  }
}
