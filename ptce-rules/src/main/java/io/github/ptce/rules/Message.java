package io.github.ptce.rules;

import io.github.ptce.core.internal.MessageBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text of a report, kept as a key and its arguments until it is rendered in French or English.
 *
 * <p>Evaluating a cluster formats no text at all: the cost of words is paid only by the reports that are
 * printed, in the language they are printed in. Arguments are plain text, substituted once; nothing in them
 * is interpreted.
 *
 * <p>Immutable and thread-safe.
 */
public final class Message {
  private final MessageBundle bundle;
  private final String key;
  private final Map<String, String> arguments;

  private Message(MessageBundle bundle, String key, Map<String, String> arguments) {
    this.bundle = bundle;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Returns a message of a bundle.
   *
   * @param bundle the messages of the scheme (or of the engine)
   * @param key the key, which the bundle must define
   * @param arguments the values of the placeholders
   * @return the message
   * @throws IllegalArgumentException if the bundle has no such key: a rule with a missing text is a bug
   */
  public static Message of(MessageBundle bundle, String key, Map<String, String> arguments) {
    Objects.requireNonNull(bundle, "bundle");
    if (!bundle.contains(key)) {
      throw new IllegalArgumentException("no message '" + key + "' in " + bundle.baseName());
    }
    return new Message(bundle, key, Map.copyOf(arguments));
  }

  /**
   * Returns the key of the message: a stable reason code.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the values of the placeholders.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the text in a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return the text
   */
  public String text(Locale locale) {
    return bundle.format(locale, key, arguments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message m && key.equals(m.key) && arguments.equals(m.arguments)
        && bundle.baseName().equals(m.bundle.baseName());
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  /** Returns the English text. */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
