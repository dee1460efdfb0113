package io.github.ptce.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.json.PtceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bad input of {@code bad-input/core/} through {@link ClusterValidator#readJson} and checks that it
 * gives exactly the violations listed in {@code expectations.tsv}, each with a French and an English message.
 *
 * <p>The cases live in the data files, like PMD's: to add one, add a file and its rows. Inputs too large to
 * commit are built here ({@link #generated(String)}).
 */
class BadInputTest {
  private static final String FOLDER = "/bad-input/core/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
  private static final Map<String, Case> CASES = load();

  /** One input and what reading it must give. */
  record Case(String name, Set<String> expected, JsonLimits limits) {
    boolean accepted() {
      return expected.equals(Set.of("- -"));
    }
  }

  static Stream<Arguments> cases() {
    return CASES.values().stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesExactlyTheExpectedViolations(String name, Case c) {
    byte[] input = input(name);
    Validated<Cluster> result = ClusterValidator.standard().readJson(PtceJson.withLimits(c.limits()), input);
    if (c.accepted()) {
      assertTrue(result.isValid(), () -> name + " must be accepted: " + result.violations());
      return;
    }
    assertFalse(result.isValid(), name);
    Set<String> actual = result.violations().stream().map(v -> v.path() + " " + v.code())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(c.expected(), actual, name);
    assertEquals(actual.size(), result.violations().size(), () -> name + ": a violation is repeated");
    for (Violation violation : result.violations()) {
      assertReadable(name, violation);
    }
    // The same text given as a Java string gives the same answer.
    String text = strictUtf8(input);
    if (text != null) {
      assertEquals(result.violations(), ClusterValidator.standard().readJson(PtceJson.withLimits(c.limits()), text)
          .violations(), name + " read as a string");
    }
  }

  /** A message a person can read, in both languages, with every placeholder filled. */
  static void assertReadable(String name, Violation violation) {
    String where = name + " " + violation.path() + " " + violation.code();
    assertTrue(violation.path().startsWith("$"), where);
    assertTrue(Texts.bundle().contains(violation.code()), where + ": no message for the code");
    String english = violation.message(Locale.ENGLISH);
    String french = violation.message(Locale.FRENCH);
    assertFalse(english.isBlank(), where);
    assertFalse(french.isBlank(), where);
    assertNotEquals(english, french, where + ": the French text is the English one");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String message = violation.message(locale);
      // Remove what came from the input, which may itself look like a placeholder ("${user.home}").
      for (String value : violation.arguments().values()) {
        if (!value.isEmpty()) {
          message = message.replace(value, "");
        }
      }
      Matcher leftover = PLACEHOLDER.matcher(message);
      assertFalse(leftover.find(), () -> where + ": unreplaced placeholder in " + violation.message(locale));
      Matcher used = PLACEHOLDER.matcher(Texts.bundle().template(locale, violation.code()));
      while (used.find()) {
        assertTrue(violation.arguments().containsKey(used.group(1)),
            where + ": no argument for {" + used.group(1) + "} in " + locale);
      }
    }
  }

  @Test
  void thereAreAtLeastThirtyCasesAndEveryFileHasExpectations() throws IOException {
    assertTrue(CASES.size() >= 30, "cases: " + CASES.size());
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of("src/test/resources" + FOLDER))) {
      list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).forEach(files::add);
    }
    Set<String> listed = CASES.keySet().stream().filter(n -> !n.startsWith("generated:"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(files, listed);
  }

  @Test
  void textsFromTheInputComeOutVerbatimInMessages() {
    Validated<Cluster> result = ClusterValidator.standard().readJson(PtceJson.standard(),
        input("injection-texts.json"));
    Map<String, String> expected = Map.of(
        "json.unknownProperty", "${jndi:ldap://example.invalid/a}",
        "siren.invalid_character", "${user.home}",
        "json.enum", "#{1+1}");
    assertEquals(expected.keySet(), result.violations().stream().map(Violation::code).collect(Collectors.toSet()));
    for (Violation violation : result.violations()) {
      String raw = expected.get(violation.code());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        assertTrue(violation.message(locale).contains(raw), violation.message(locale));
      }
    }
  }

  @Test
  void aByteOrderMarkIsAcceptedFromBytesAndFromText() {
    byte[] bytes = input("bom-accepted.json");
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals("PTCE avec BOM", PtceJson.standard().readCluster(bytes).orElseThrow().name());
    assertEquals("PTCE avec BOM",
        PtceJson.standard().readCluster(new String(bytes, StandardCharsets.UTF_8)).orElseThrow().name());
  }

  @Test
  void limitsAreNamedInTheMessages() {
    Violation members = ClusterValidator.standard().readJson(PtceJson.withLimits(JsonLimits.DEFAULT.withMaxMembers(3)),
        input("too-many-members.json")).violations().get(0);
    assertEquals(Map.of("limit", "3", "size", "4"), members.arguments());
    assertEquals("This list has 4 items, more than the limit of 3.", members.message(Locale.ENGLISH));
    Violation depth = ClusterValidator.standard().readJson(PtceJson.standard(), generated("deep-nesting"))
        .violations().get(0);
    assertEquals(Map.of("limit", Integer.toString(JsonLimits.DEFAULT_MAX_NESTING_DEPTH)), depth.arguments());
  }

  // ---------------------------------------------------------------------------------------------------------

  private static byte[] input(String name) {
    if (name.startsWith("generated:")) {
      return generated(name.substring("generated:".length()));
    }
    try (InputStream in = BadInputTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bad input " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Inputs too large to commit, built from the default limits so that they exceed them by a little. */
  static byte[] generated(String name) {
    String json = switch (name) {
      case "deep-nesting" -> {
        int depth = JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1;
        yield "{\"name\": \"PTCE\", \"description\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
      }
      case "long-string" -> "{\"name\": \"" + "n".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\"}";
      case "long-number" -> "{\"name\": \"PTCE\", \"resources\": [{\"year\": 2022, \"sales\": "
          + "9".repeat(JsonLimits.DEFAULT_MAX_NUMBER_LENGTH + 1) + "}]}";
      case "long-property-name" -> "{\"name\": \"PTCE\", \"" + "k".repeat(1_001) + "\": 1}";
      case "large-document" -> "{\"name\": \"PTCE\", \"description\": \"" + "d".repeat(2_000) + "\"}";
      case "too-many-projects" -> "{\"name\": \"PTCE\", \"projects\": ["
          + String.join(", ", java.util.Collections.nCopies(JsonLimits.DEFAULT_MAX_ITEMS + 1, "{\"title\": \"P\"}"))
          + "]}";
      default -> throw new IllegalArgumentException("no generated input " + name);
    };
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Map<String, Case> load() {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    Map<String, JsonLimits> limits = new LinkedHashMap<>();
    List<String> lines;
    try (InputStream in = BadInputTest.class.getResourceAsStream(FOLDER + "expectations.tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3 || cells.length > 4) {
        throw new IllegalStateException("expectations.tsv: 3 or 4 cells expected: " + line);
      }
      expected.computeIfAbsent(cells[0], k -> new TreeSet<>()).add(cells[1] + " " + cells[2]);
      JsonLimits own = cells.length == 4 ? limits(cells[3]) : JsonLimits.DEFAULT;
      JsonLimits before = limits.putIfAbsent(cells[0], own);
      if (before != null && !before.equals(own)) {
        throw new IllegalStateException("expectations.tsv: two limits for " + cells[0]);
      }
    }
    Map<String, Case> cases = new LinkedHashMap<>();
    expected.forEach((name, rows) -> cases.put(name, new Case(name, rows, limits.get(name))));
    return cases;
  }

  private static JsonLimits limits(String text) {
    JsonLimits limits = JsonLimits.DEFAULT;
    for (String setting : text.split(",")) {
      String[] pair = setting.strip().split("=");
      limits = switch (pair[0]) {
        case "maxMembers" -> limits.withMaxMembers(Integer.parseInt(pair[1]));
        case "maxDocumentBytes" -> limits.withMaxDocumentBytes(Long.parseLong(pair[1]));
        default -> throw new IllegalStateException("unknown limit " + setting);
      };
    }
    return limits;
  }
}
