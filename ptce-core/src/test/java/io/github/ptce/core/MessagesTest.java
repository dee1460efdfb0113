package io.github.ptce.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.text.MessageBundle;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message files are complete: every code the library can produce has an English and a French
 * text, with the same placeholders. The codes are found in the main sources themselves (value
 * types, string literals, constraint annotations), so that a new code without a message fails here.
 */
class MessagesTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
  private static final Pattern TYPE = Pattern.compile("static final String TYPE = \"(\\w+)\";");
  private static final Pattern CODE_LITERAL =
      Pattern.compile(
          "\"((?:json|period|sseStatus|stakeholder|cluster|perimeter|resourceMix|constraint|commune|epci|departement|region|source|unnamedMembers|support|builder)\\.[A-Za-z_.]*[A-Za-z_])\"");
  private static final Pattern WRONG_TYPE = Pattern.compile("wrongType\\(\"(\\w+)\"");
  private static final MessageBundle BUNDLE = Texts.bundle();

  private static Map<Path, String> sources;

  @BeforeAll
  static void readSources() throws IOException {
    sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file));
      }
    }
    assertTrue(sources.size() > 50, "main sources found: " + sources.size());
  }

  @Test
  void frenchAndEnglishHaveTheSameKeys() {
    Set<String> english = BUNDLE.keys(Locale.ENGLISH);
    Set<String> french = BUNDLE.keys(Locale.FRENCH);
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(french);
    Set<String> onlyFrench = new TreeSet<>(french);
    onlyFrench.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "keys without French text");
    assertEquals(Set.of(), onlyFrench, "keys without English text");
    assertTrue(english.size() > 100, "keys: " + english.size());
  }

  @Test
  void everyTextHasTheSamePlaceholdersInBothLanguagesAndIsTranslated() {
    for (String key : BUNDLE.keys(Locale.ENGLISH)) {
      String english = BUNDLE.template(Locale.ENGLISH, key);
      String french = BUNDLE.template(Locale.FRENCH, key);
      assertFalse(english.isBlank(), key);
      assertFalse(french.isBlank(), key);
      assertNotEquals(english, french, key + " is not translated");
      assertEquals(placeholders(english), placeholders(french), key);
    }
  }

  @Test
  void everyValueTypeHasAMessageForEveryReason() {
    Set<String> types = new TreeSet<>();
    for (String source : sources.values()) {
      Matcher matcher = TYPE.matcher(source);
      while (matcher.find()) {
        types.add(matcher.group(1));
      }
    }
    assertEquals(
        Set.of(
            "amount",
            "communeCode",
            "departementCode",
            "epciCode",
            "legalCategory",
            "legalForm",
            "nafCode",
            "partialDate",
            "regionCode",
            "rna",
            "siren",
            "siret"),
        types);
    List<String> missing = new ArrayList<>();
    for (String type : types) {
      for (Reason reason : Reason.values()) {
        String code = new InvalidValueException(type, reason, "x").code();
        if (!BUNDLE.contains(code)) {
          missing.add(code);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * The one style of reason codes, documented in {@link Violation#code()}: dot-separated segments
   * in lower camel case ({@code siren.wrongLength}, {@code cluster.duplicateMember}); they were
   * mixed with snake case before.
   */
  @Test
  void everyCodeHasTheLibrarysStyle() {
    Pattern style = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
    Set<String> other = new TreeSet<>(BUNDLE.keys(Locale.ENGLISH));
    other.removeIf(key -> style.matcher(key).matches());
    assertEquals(Set.of(), other);
    assertEquals(
        "siren.wrongLength", new InvalidValueException("siren", Reason.WRONG_LENGTH, "1").code());
  }

  @Test
  void everyCodeWrittenInTheMainSourcesHasAMessage() {
    Set<String> codes = codesInSources();
    assertTrue(
        codes.contains("json.duplicateKey")
            && codes.contains("cluster.secondCarrier")
            && codes.contains("json.expected.object")
            && codes.contains("perimeter.empty")
            && codes.contains("resourceMix.totalOutOfRange"),
        codes.toString());
    Set<String> missing = new TreeSet<>(codes);
    missing.removeIf(BUNDLE::contains);
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyConstraintOfTheModelHasAMessage() throws ClassNotFoundException {
    Set<String> codes = new TreeSet<>();
    for (Class<?> type : modelTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        collectConstraints(method.getAnnotations(), codes);
        collectConstraints(method.getAnnotatedReturnType(), codes);
      }
    }
    assertEquals(
        Set.of(
            "constraint.digits",
            "constraint.localId",
            "constraint.max",
            "constraint.min",
            "constraint.notBlank",
            "constraint.plausibleDate",
            "constraint.positiveOrZero",
            "constraint.size"),
        codes);
    codes.forEach(code -> assertTrue(BUNDLE.contains(code), code));
  }

  @Test
  void everyMessageKeyIsUsed() throws ClassNotFoundException {
    Set<String> used = codesInSources();
    for (String source : sources.values()) {
      Matcher matcher = TYPE.matcher(source);
      while (matcher.find()) {
        for (Reason reason : Reason.values()) {
          used.add(new InvalidValueException(matcher.group(1), reason, "x").code());
        }
      }
    }
    for (Class<?> type : modelTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        collectConstraints(method.getAnnotations(), used);
        collectConstraints(method.getAnnotatedReturnType(), used);
      }
    }
    Set<String> unused = new TreeSet<>(BUNDLE.keys(Locale.ENGLISH));
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "message keys that no code produces (a typo?)");
  }

  private static Set<String> codesInSources() {
    Set<String> codes = new TreeSet<>();
    for (String source : sources.values()) {
      Matcher literal = CODE_LITERAL.matcher(source);
      while (literal.find()) {
        codes.add(literal.group(1));
      }
      Matcher wrongType = WRONG_TYPE.matcher(source);
      while (wrongType.find()) {
        codes.add("json.expected." + wrongType.group(1));
      }
    }
    return codes;
  }

  /** The model types: the abstract classes that Immutables implements. */
  private static List<Class<?>> modelTypes() throws ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    for (Map.Entry<Path, String> source : sources.entrySet()) {
      // Not module-info.java, which names the annotation in a comment.
      if (source.getValue().contains("@Value.Immutable")
          && !source.getKey().endsWith("module-info.java")) {
        String name =
            MAIN.relativize(source.getKey()).toString().replace('/', '.').replace(".java", "");
        types.add(Class.forName(name));
      }
    }
    assertTrue(types.size() >= 13, "model types: " + types);
    return types;
  }

  private static void collectConstraints(AnnotatedType type, Set<String> codes) {
    collectConstraints(type.getAnnotations(), codes);
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        collectConstraints(argument, codes);
      }
    }
  }

  private static void collectConstraints(Annotation[] annotations, Set<String> codes) {
    for (Annotation annotation : annotations) {
      // The geography constraints (territory package) report their own codes, found as literals
      // above.
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)
          && !annotation.annotationType().getPackageName().endsWith(".territory")) {
        String name = annotation.annotationType().getSimpleName();
        codes.add("constraint." + Character.toLowerCase(name.charAt(0)) + name.substring(1));
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
