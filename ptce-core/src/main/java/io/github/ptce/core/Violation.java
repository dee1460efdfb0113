package io.github.ptce.core;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.text.MessageBundle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input: where it is, a stable reason code, and the values that explain it.
 *
 * <p>The same type reports JSON syntax errors, structural errors of the model and constraint
 * violations, so that a caller handles them in one way. {@link #path()} is a JSON path rooted at
 * {@code $} whose property names are the names of the model's accessors, so it points into the JSON
 * document and into the Java object alike ({@code $.members[2].stakeholder.siren}). The text is
 * produced on demand in French or English from the {@link #code()} and the {@link #arguments()}; no
 * expression language is ever evaluated, so text coming from the input cannot be executed. An
 * argument {@code kind} may choose among several wordings of one code (a {@code json.syntax} error
 * says which mistake it is); the code stays the same.
 *
 * <p>Instances are immutable and thread-safe; equality covers the path, code and arguments.
 */
public final class Violation {

  /** Orders violations by path, then code: the order in which reports list them. */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, Violation::comparePaths).thenComparing(Violation::code);

  private final String path;
  private final String code;
  private final Map<String, String> arguments;

  /** The messages of the module that found the problem; null for ptce-core's own. */
  private final @Nullable MessageBundle bundle;

  private Violation(
      String path, String code, Map<String, String> arguments, @Nullable MessageBundle bundle) {
    this.path = path;
    this.code = code;
    this.arguments = arguments;
    this.bundle = bundle;
  }

  /**
   * Creates a violation.
   *
   * @param path where the problem is, as a JSON path starting with {@code $}
   * @param code the stable reason code, also the message key
   * @param arguments the named values the message refers to
   * @return the violation
   * @throws IllegalArgumentException if the path does not start with {@code $}
   */
  public static Violation of(String path, String code, Map<String, String> arguments) {
    return create(path, code, arguments, null);
  }

  /**
   * Creates a violation whose message comes from another module's message files (for the ptce
   * modules built on ptce-core, such as the eligibility engine).
   *
   * @param bundle the message files that define the code
   * @param path where the problem is, as a JSON path starting with {@code $}
   * @param code the stable reason code, a key of the bundle
   * @param arguments the named values the message refers to
   * @return the violation
   * @throws IllegalArgumentException if the path does not start with {@code $} or the bundle lacks
   *     the code
   */
  public static Violation of(
      MessageBundle bundle, String path, String code, Map<String, String> arguments) {
    Objects.requireNonNull(bundle, "bundle");
    if (!bundle.contains(code)) {
      throw new IllegalArgumentException("no message '" + code + "' in " + bundle.baseName());
    }
    return create(path, code, arguments, bundle);
  }

  private static Violation create(
      String path, String code, Map<String, String> arguments, @Nullable MessageBundle bundle) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(arguments, "arguments");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("path must be a JSON path starting with '$': " + path);
    }
    return new Violation(path, code, Map.copyOf(new LinkedHashMap<>(arguments)), bundle);
  }

  /**
   * Creates a violation without arguments.
   *
   * @param path where the problem is
   * @param code the stable reason code
   * @return the violation
   */
  public static Violation of(String path, String code) {
    return of(path, code, Map.of());
  }

  /**
   * Returns where the problem is.
   *
   * @return a JSON path such as {@code $.members[2].stakeholder.siren}; {@code $} for the whole
   *     document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the stable reason code, such as {@code siren.checksum} or {@code constraint.notBlank}.
   *
   * <p>Every code of the library, and of a scheme that follows CONTRIBUTING.md, has one style:
   * dot-separated segments in lower camel case, from the general to the particular — the subject,
   * then what is wrong, then a variant ({@code siren.wrongLength}, {@code json.limit.documentSize},
   * {@code assessment.unknownCriterion.hint}). A code is also the key of its message in the French
   * and English message files.
   *
   * @return the code; codes are part of the public contract and only change in a major version
   */
  public String code() {
    return code;
  }

  /**
   * Returns the named values the message refers to (the rejected value, the allowed range, …).
   *
   * @return an unmodifiable map
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the message in the given language: French for a French locale, English otherwise.
   *
   * @param locale the language
   * @return a sentence that says what is wrong and what is allowed
   */
  public String message(Locale locale) {
    MessageBundle messages = bundle == null ? Texts.bundle() : bundle;
    return messages.format(locale, messages.key(code, arguments), arguments);
  }

  /**
   * Returns this violation moved under a parent path.
   *
   * @param parentPath the path of the object that contains the value this violation is about
   * @return a violation whose path is {@code parentPath} followed by this path without its {@code
   *     $}
   */
  public Violation under(String parentPath) {
    return new Violation(parentPath + path.substring(1), code, arguments, bundle);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v
        && path.equals(v.path)
        && code.equals(v.code)
        && arguments.equals(v.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, arguments);
  }

  /** Returns the path, code and English message, for logs and test failures. */
  @Override
  public String toString() {
    return path + " [" + code + "] " + message(Locale.ENGLISH);
  }

  /** Compares JSON paths so that {@code [2]} sorts before {@code [10]}. */
  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int byLength = Integer.compare(i - si, j - sj);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(si, i).compareTo(b.substring(sj, j));
        if (byDigits != 0) {
          return byDigits;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
