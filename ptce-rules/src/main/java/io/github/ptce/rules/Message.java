package io.github.ptce.rules;

import io.github.ptce.core.text.MessageBundle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text of a report, kept as a key and its arguments until it is rendered in French or English.
 *
 * <p>Evaluating a cluster formats no text at all: the cost of words is paid only by the reports
 * that are printed, in the language they are printed in. Arguments are plain text, substituted
 * once, or values shown in the reader's language ({@link LocalizedText}: another message, the label
 * of an enumerated value, a date known to the month); nothing in them is interpreted.
 *
 * <p>Immutable and thread-safe.
 */
public final class Message implements LocalizedText {
  private final MessageBundle bundle;
  private final String key;

  /** String or {@link LocalizedText} values. */
  private final Map<String, Object> arguments;

  /** Whether every argument is a String: the usual case, formatted without a copy of the map. */
  private final boolean plain;

  private Message(MessageBundle bundle, String key, Map<String, Object> arguments, boolean plain) {
    this.bundle = bundle;
    this.key = key;
    this.arguments = arguments;
    this.plain = plain;
  }

  /**
   * Returns a message of a bundle.
   *
   * @param bundle the messages of the scheme (or of the engine)
   * @param key the key, which the bundle must define
   * @param arguments the values of the placeholders: texts, or values shown in the reader's
   *     language (a {@link LocalizedText}, an enumerated value, a {@link
   *     io.github.ptce.core.time.PartialDate} or a {@link java.time.LocalDate}, which reads as a
   *     point in time with its preposition: {@link Labels#on}); numbers are written as they are
   * @return the message
   * @throws IllegalArgumentException if the bundle has no such key: a rule with a missing text is a
   *     bug
   */
  public static Message of(MessageBundle bundle, String key, Map<String, ?> arguments) {
    Objects.requireNonNull(bundle, "bundle");
    if (!bundle.contains(key)) {
      throw new IllegalArgumentException("no message '" + key + "' in " + bundle.baseName());
    }
    boolean plain = true;
    for (Object value : arguments.values()) {
      if (!(value instanceof String)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      @SuppressWarnings("unchecked")
      Map<String, Object> texts = (Map<String, Object>) (Map<String, ?>) Map.copyOf(arguments);
      return new Message(bundle, key, texts, true);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    arguments.forEach((name, value) -> values.put(name, Labels.argument(value)));
    boolean stillPlain = values.values().stream().allMatch(String.class::isInstance);
    return new Message(bundle, key, Map.copyOf(values), stillPlain);
  }

  /**
   * Returns the message files the text comes from.
   *
   * @return the bundle
   */
  public MessageBundle bundle() {
    return bundle;
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
   * Returns the values of the placeholders, as an English reader sees them.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> arguments() {
    return arguments(Locale.ENGLISH);
  }

  /**
   * Returns the values of the placeholders in a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return an unmodifiable map
   */
  @SuppressWarnings("unchecked")
  public Map<String, String> arguments(Locale locale) {
    if (plain) {
      return (Map<String, String>) (Map<String, ?>) arguments;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    arguments.forEach((name, value) -> texts.put(name, Labels.text(value, locale)));
    return Collections.unmodifiableMap(texts);
  }

  /**
   * Returns the text in a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return the text
   */
  @Override
  public String text(Locale locale) {
    return bundle.format(locale, key, arguments(locale));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message m
        && key.equals(m.key)
        && arguments.equals(m.arguments)
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
