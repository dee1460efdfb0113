package io.github.ptce.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The texts of a module or of a scheme in English and French: a pair of message files, read once,
 * formatted on demand in the reader's language.
 *
 * <h2>The files</h2>
 *
 * A bundle is two {@link Properties} files read as UTF-8, next to each other: {@code
 * <base>.properties} in English, which must exist and holds every key, and {@code
 * <base>_fr.properties} in French, with the same keys. A scheme keeps them in the resource folder
 * of its package, usually as {@code messages.properties} and {@code messages_fr.properties}:
 *
 * <pre>
 * # messages.properties
 * org.example.fund.title=Cooperation grant of the Example Foundation
 * org.example.fund.sse.met={count} SSE enterprises among the members
 * # messages_fr.properties
 * org.example.fund.title=Aide à la coopération de la Fondation Exemple
 * org.example.fund.sse.met={count} entreprises de l'ESS parmi les membres
 * </pre>
 *
 * A key missing from the French file falls back to the English text, and a key missing from both to
 * the key itself; ptce's own tests, and the parity check of the test kit ({@code
 * io.github.ptce:ptce-testkit}) for a scheme of one's own, fail when a key is missing in either
 * language, when a text is blank, or when the two languages do not have the same placeholders.
 *
 * <h2>Keys</h2>
 *
 * A key is a stable code, part of what a report writes ({@code "code"} in the JSON formats): the
 * schemes name theirs after the scheme and criterion ids, {@code <scheme id>.title}, {@code <scheme
 * id>.summary}, {@code <criterion id>.title}, {@code <criterion id>.<reason>} (see
 * CONTRIBUTING.md).
 *
 * <h2>Placeholders</h2>
 *
 * A text names its arguments {@code {name}}. They are replaced in a single pass and nothing else is
 * interpreted: an argument that itself contains braces, {@code ${…}} or {@code #{…}} is printed as
 * it is, and a placeholder without an argument stays as written. Quotes and apostrophes need no
 * escaping (this is not {@link java.text.MessageFormat}).
 *
 * <h2>The {@value #KIND} selector</h2>
 *
 * One code may be worded differently for each kind of its problem: when the arguments have a
 * {@value #KIND} and the bundle has a text under {@code <code>.<kind>}, {@link #key(String, Map)}
 * chooses it (a {@code json.syntax} error says which mistake it found under {@code
 * json.syntax.missingColon}); a kind without a text of its own falls back to the code's text, and
 * the code reported stays the same.
 *
 * <h2>Loading, on the class path and on the module path</h2>
 *
 * {@link #load(MethodHandles.Lookup, String)} takes the caller's {@link MethodHandles.Lookup}, so
 * that the files are read as the caller's own code would read them: on the module path, a scheme's
 * messages stay in a package its module neither exports nor opens, and nothing has to be opened to
 * ptce. Write, in a class of the package that holds the files:
 *
 * <pre>{@code
 * static final MessageBundle MESSAGES = MessageBundle.load(MethodHandles.lookup(), "messages");
 * }</pre>
 *
 * <p>Not a {@link java.util.ResourceBundle}: the JVM's default locale never takes part in the
 * choice (a Turkish or French default locale must not change a JSON report), and the files are read
 * once.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageBundle {
  /** The argument whose value selects the wording of a code: see {@link #key(String, Map)}. */
  public static final String KIND = "kind";

  private static final MethodType GET_RESOURCE =
      MethodType.methodType(InputStream.class, String.class);

  private final String baseName;
  private final Map<String, String> english;
  private final Map<String, String> french;

  private MessageBundle(String baseName, Map<String, String> english, Map<String, String> french) {
    this.baseName = baseName;
    this.english = english;
    this.french = french;
  }

  /**
   * Loads the two files of a bundle, as the caller's own code reads its resources.
   *
   * <p>The files are opened by {@link Class#getResourceAsStream(String)} on behalf of the lookup
   * class, through a method handle the lookup gives: in a named module, a module reads the
   * resources of its own packages, exported, opened or not; on the class path, the lookup class's
   * class loader finds them, as it always did.
   *
   * @param caller {@code MethodHandles.lookup()}, called in a class of the module that holds the
   *     files
   * @param baseName the path of the files without {@code .properties} (nor {@code _fr.properties}):
   *     relative to the package of the lookup class, e.g. {@code messages}, or absolute from the
   *     root of the module or class path when it starts with {@code /}, e.g. {@code
   *     /io/github/ptce/core/ValidationMessages}
   * @return the bundle
   * @throws IllegalArgumentException if the lookup does not have full privilege access (such as
   *     {@link MethodHandles#publicLookup()}), or the base name is blank or ends with {@code
   *     .properties}
   * @throws IllegalStateException if the English file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static MessageBundle load(MethodHandles.Lookup caller, String baseName) {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(baseName, "baseName");
    if (baseName.isBlank() || baseName.equals("/") || baseName.endsWith(".properties")) {
      throw new IllegalArgumentException(
          "baseName is the path of the message files without .properties, e.g. "
              + "\"messages\"; got \""
              + baseName
              + "\"");
    }
    if (!caller.hasFullPrivilegeAccess()) {
      throw new IllegalArgumentException(
          "caller must be MethodHandles.lookup() called in a class of the module that "
              + "holds the message files ("
              + baseName
              + "), with full privilege access; got "
              + caller);
    }
    Class<?> anchor = caller.lookupClass();
    String absolute =
        baseName.startsWith("/")
            ? baseName.substring(1)
            : anchor.getPackageName().replace('.', '/') + "/" + baseName;
    MethodHandle open;
    try {
      // Class.getResourceAsStream is caller-sensitive: found through the caller's lookup, the
      // handle reads as
      // the lookup class would, so a package its module does not open stays readable to it alone.
      open = caller.findVirtual(Class.class, "getResourceAsStream", GET_RESOURCE).bindTo(anchor);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot read resources on behalf of " + anchor.getName(), e);
    }
    Map<String, String> en = read(open, absolute + ".properties");
    if (en == null) {
      throw new IllegalStateException(
          "missing message file "
              + absolute
              + ".properties (read on behalf of "
              + anchor.getName()
              + ")");
    }
    Map<String, String> fr = read(open, absolute + "_fr.properties");
    return new MessageBundle(absolute, en, fr == null ? Map.of() : fr);
  }

  private static @Nullable Map<String, String> read(MethodHandle open, String resource) {
    try (InputStream in = open(open, "/" + resource)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        map.put(key, properties.getProperty(key));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message file " + resource, e);
    }
  }

  private static @Nullable InputStream open(MethodHandle open, String resource) {
    try {
      return (InputStream) open.invokeExact(resource);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot open " + resource, e);
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
   * Returns the path of the files without {@code .properties}, from the root of their module or
   * class path.
   *
   * @return e.g. {@code io/github/ptce/rules/schemes/law/messages}
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
   * Returns the raw template of a key, French for a French locale and English otherwise, falling
   * back to English and then to the key itself.
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
   * Returns the key of the text that words a code with the given arguments: {@code <code>.<kind>}
   * when the arguments have a {@value #KIND} and this bundle has a text under that key, the code
   * itself otherwise. One stable code can so be worded for each kind of its problem ({@code
   * json.syntax} says which mistake it found); a kind without a text of its own falls back to the
   * code's text.
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
   * Returns the names of the {@code {name}} placeholders of a text, as {@link #format} reads them:
   * what the English and French texts of a key must share.
   *
   * @param template a text of a message file
   * @return the names, sorted; empty without placeholder
   */
  public static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      names.add(template.substring(open + 1, close));
      open = template.indexOf('{', close + 1);
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * Replaces each {@code {name}} with its argument, in one pass; unknown placeholders stay as they
   * are.
   */
  static String substitute(String template, Map<String, String> arguments) {
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
   * Returns the keys of the file of one language, for tables built once from them and for
   * completeness checks. The English file is the reference: a bundle's texts are the keys of its
   * English file.
   *
   * @param locale French for a French locale, English otherwise
   * @return an unmodifiable view of the keys, in no particular order (not copied: a criterion
   *     builds its table of keys from it, and sorting a copy for each of the catalogue's criteria
   *     cost tens of milliseconds at start-up)
   */
  public Set<String> keys(Locale locale) {
    return Collections.unmodifiableSet(
        (isFrench(Objects.requireNonNull(locale, "locale")) ? french : english).keySet());
  }

  /** Returns the base name, for logs and error messages. */
  @Override
  public String toString() {
    return baseName;
  }
}
