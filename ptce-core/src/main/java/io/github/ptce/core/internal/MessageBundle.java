package io.github.ptce.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A pair of message files, English ({@code <base>.properties}) and French ({@code <base>_fr.properties}),
 * read as UTF-8.
 *
 * <p>Not a {@link java.util.ResourceBundle}: the JVM's default locale never takes part in the choice (a
 * Turkish or French default locale must not change a JSON report), the files are read once, and a
 * placeholder {@code {name}} is replaced in a single pass, so an argument that itself contains braces,
 * {@code ${…}} or {@code #{…}} is printed as it is and never interpreted.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class MessageBundle {
  /** The argument whose value selects the wording of a code: see {@link #key(String, Map)}. */
  public static final String KIND = "kind";

  private final String baseName;
  private final Map<String, String> english;
  private final Map<String, String> french;

  private MessageBundle(String baseName, Map<String, String> english, Map<String, String> french) {
    this.baseName = baseName;
    this.english = english;
    this.french = french;
  }

  /**
   * Loads the two files of a bundle.
   *
   * @param anchor a class whose class loader sees the files
   * @param baseName the resource path without suffix, e.g. {@code io/github/ptce/core/ValidationMessages}
   * @return the bundle
   * @throws IllegalStateException if the English file is missing
   */
  public static MessageBundle load(Class<?> anchor, String baseName) {
    Map<String, String> en = read(anchor, baseName + ".properties");
    if (en == null) {
      throw new IllegalStateException("missing message file " + baseName + ".properties");
    }
    Map<String, String> fr = read(anchor, baseName + "_fr.properties");
    return new MessageBundle(baseName, en, fr == null ? Map.of() : fr);
  }

  private static @Nullable Map<String, String> read(Class<?> anchor, String resource) {
    ClassLoader loader = anchor.getClassLoader();
    try (InputStream in = loader == null
        ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      java.util.HashMap<String, String> map = new java.util.HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        map.put(key, properties.getProperty(key));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message file " + resource, e);
    }
  }

  /**
   * Returns whether the locale selects the French texts.
   *
   * @param locale any locale
   * @return true for the French language, whatever the country
   */
  public static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  /**
   * Returns the resource base name of this bundle.
   *
   * @return the base name
   */
  public String baseName() {
    return baseName;
  }

  /**
   * Returns whether the bundle has a text for the key in English.
   *
   * @param key a message key
   * @return true if the English file defines it
   */
  public boolean contains(String key) {
    return english.containsKey(key);
  }

  /**
   * Returns the raw template of a key, French for a French locale and English otherwise, falling back to
   * English and then to the key itself.
   *
   * @param locale the language
   * @param key the message key
   * @return the template, never null
   */
  public String template(Locale locale, String key) {
    String text = isFrench(locale) ? french.get(key) : null;
    if (text == null) {
      text = english.get(key);
    }
    return text == null ? key : text;
  }

  /**
   * Returns the key of the text that words a code with the given arguments: {@code <code>.<kind>} when the
   * arguments have a {@value #KIND} and this bundle has a text under that key, the code itself otherwise.
   * One stable code can so be worded for each kind of its problem ({@code json.syntax} says which mistake
   * it found); a kind without a text of its own falls back to the code's text.
   *
   * @param code the reason code
   * @param arguments the arguments of the violation or message
   * @return the key to format
   */
  public String key(String code, Map<String, String> arguments) {
    String kind = arguments.get(KIND);
    if (kind != null && !kind.isEmpty()) {
      String variant = code + "." + kind;
      if (english.containsKey(variant)) {
        return variant;
      }
    }
    return code;
  }

  /**
   * Formats a message.
   *
   * @param locale the language
   * @param key the message key
   * @param arguments values for the {@code {name}} placeholders
   * @return the message
   */
  public String format(Locale locale, String key, Map<String, String> arguments) {
    return substitute(template(Objects.requireNonNull(locale, "locale"), key), arguments);
  }

  /**
   * Replaces each {@code {name}} with its argument, in one pass; unknown placeholders stay as they are.
   *
   * @param template the text with placeholders
   * @param arguments the values
   * @return the text
   */
  public static String substitute(String template, Map<String, String> arguments) {
    int open = template.indexOf('{');
    if (open < 0 || arguments.isEmpty()) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String value = arguments.get(template.substring(open + 1, close));
      if (value == null) {
        out.append(template, from, close + 1);
      } else {
        out.append(template, from, open).append(value);
      }
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return out.append(template, from, template.length()).toString();
  }

  /**
   * Returns the keys of the English file as they are held: unsorted and not copied, for tables built once
   * from them (sorting a copy for each of the catalogue's criteria cost tens of milliseconds at start-up).
   *
   * @return an unmodifiable view of the keys
   */
  public Set<String> keySet() {
    return english.keySet();
  }

  /**
   * Returns the keys of one language, for completeness tests.
   *
   * @param french true for the French file
   * @return the sorted keys
   */
  public Set<String> keys(boolean french) {
    return Collections.unmodifiableSet(new TreeSet<>((french ? this.french : english).keySet()));
  }
}
