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
import io.github.ptce.core.json.ParsedCluster;
import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.core.testing.BadInputs.Case;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bad input of {@code bad-input/core/} ({@link BadInputs}) through the reader ({@link
 * PtceJson#readClusterFormatOnly(byte[])}) and the validating reader ({@link
 * PtceJson#readCluster(String)}) and checks that it gives exactly the violations listed in {@code
 * expectations.tsv}, each with a French and an English message, quickly, whatever its size (the
 * test JVM has its default heap).
 *
 * <p>The cases live in the data files, like PMD's: to add one, add a file and its rows. Inputs too
 * large to commit are built by {@link BadInputs#generated(String)}. ptce-examples runs the same
 * cases through the command line and the HTTP service.
 */
class BadInputTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  static Stream<Arguments> cases() {
    return BadInputs.all().stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void givesExactlyTheExpectedViolations(String name, Case c) {
    byte[] input = c.input();
    Validated<Cluster> result = PtceJson.standard().readCluster(input);
    if (c.accepted()) {
      assertTrue(result.isValid(), () -> name + " must be accepted: " + result.violations());
      return;
    }
    assertFalse(result.isValid(), name);
    c.mismatch(result.violations())
        .ifPresent(
            problem -> {
              throw new AssertionError(
                  problem
                      + "\nactual: "
                      + result.violations().stream()
                          .map(v -> v.path() + " " + v.code())
                          .limit(20)
                          .toList());
            });
    Set<String> distinct =
        result.violations().stream()
            .map(v -> v.path() + " " + v.code())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        distinct.size(), result.violations().size(), () -> name + ": a violation is repeated");
    for (Violation violation : result.violations()) {
      assertReadable(name, violation);
    }
    // The same text given as a Java string gives the same answer. (Not for NUL bytes among the
    // first four,
    // which mark UTF-16 or UTF-32 bytes, json.encoding, but are control characters in a string,
    // json.syntax.)
    String text = strictUtf8(input);
    if (text != null && text.chars().limit(4).noneMatch(ch -> ch == 0)) {
      assertEquals(
          result.violations(),
          PtceJson.standard().readCluster(text).violations(),
          name + " read as a string");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theReaderAloneGivesTheFormatViolations(String name, Case c) {
    // The reader reports format violations only; the validator adds the constraints of what it
    // could build.
    ParsedCluster parsed = PtceJson.standard().readClusterFormatOnly(c.input());
    Validated<Cluster> validated = PtceJson.standard().readCluster(c.input());
    if (parsed.result().isValid()) {
      assertEquals(validated.isValid(), c.accepted(), name);
      return;
    }
    assertFalse(c.accepted(), name);
    assertTrue(validated.violations().containsAll(parsed.result().violations()), name);
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
      assertFalse(
          leftover.find(),
          () -> where + ": unreplaced placeholder in " + violation.message(locale));
      String key = Texts.bundle().key(violation.code(), violation.arguments());
      Matcher used = PLACEHOLDER.matcher(Texts.bundle().template(locale, key));
      while (used.find()) {
        assertTrue(
            violation.arguments().containsKey(used.group(1)),
            where + ": no argument for {" + used.group(1) + "} in " + locale);
      }
    }
  }

  @Test
  void thereAreAtLeastSixtyFilesAndEveryFileHasExpectations() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of("src/test/resources" + BadInputs.FOLDER))) {
      list.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .forEach(files::add);
    }
    assertTrue(files.size() >= 60, "files: " + files.size());
    Set<String> listed =
        BadInputs.all().stream()
            .map(Case::name)
            .filter(n -> !n.startsWith(BadInputs.GENERATED))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(files, listed);
  }

  @Test
  void textsFromTheInputComeOutVerbatimInMessages() {
    Validated<Cluster> result =
        PtceJson.standard().readCluster(BadInputs.input("injection-texts.json"));
    Map<String, String> expected =
        Map.of(
            "json.unknownProperty", "${jndi:ldap://example.invalid/a}",
            "siren.invalidCharacter", "${user.home}",
            "json.enum", "#{1+1}");
    assertEquals(
        expected.keySet(),
        result.violations().stream().map(Violation::code).collect(Collectors.toSet()));
    for (Violation violation : result.violations()) {
      String raw = expected.get(violation.code());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        assertTrue(violation.message(locale).contains(raw), violation.message(locale));
      }
    }
  }

  @Test
  void aByteOrderMarkIsAcceptedFromBytesAndFromText() {
    byte[] bytes = BadInputs.input("bom-accepted.json");
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals("PTCE avec BOM", PtceJson.standard().readCluster(bytes).orElseThrow().name());
    assertEquals(
        "PTCE avec BOM",
        PtceJson.standard()
            .readCluster(new String(bytes, StandardCharsets.UTF_8))
            .orElseThrow()
            .name());
  }

  @Test
  void everyLimitIsNamedInItsMessage() {
    Map<String, String> limits =
        Map.of(
            "generated:deep-nesting", Integer.toString(JsonLimits.DEFAULT_MAX_NESTING_DEPTH),
            "generated:long-string", Integer.toString(JsonLimits.DEFAULT_MAX_STRING_LENGTH),
            "generated:long-number", Integer.toString(JsonLimits.DEFAULT_MAX_NUMBER_LENGTH),
            "generated:long-property-name", Integer.toString(JsonLimits.MAX_NAME_LENGTH),
            "generated:large-document", Long.toString(JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES),
            "generated:too-many-projects", Integer.toString(JsonLimits.DEFAULT_MAX_ITEMS),
            "generated:members-10000", Integer.toString(JsonLimits.DEFAULT_MAX_MEMBERS),
            "generated:unknown-properties-100000",
                Integer.toString(JsonLimits.DEFAULT_MAX_VIOLATIONS));
    limits.forEach(
        (name, limit) -> {
          Violation violation =
              PtceJson.standard().readCluster(BadInputs.input(name)).violations().stream()
                  .filter(v -> v.code().startsWith("json.limit."))
                  .findFirst()
                  .orElseThrow();
          assertEquals(limit, violation.arguments().get("limit"), name);
          for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertTrue(
                violation.message(locale).contains(limit),
                () -> name + ": " + violation.message(locale));
          }
        });
  }

  @Test
  void limitsCanBeSetLowerThanTheDefaults() {
    String four =
        "{\"name\": \"PTCE\", \"members\": ["
            + String.join(
                ", ",
                java.util.Collections.nCopies(
                    4,
                    "{\"stakeholder\": {\"id\": \"ID\", \"name\": \"N\", \"kind\": \"ENTERPRISE\"}}"))
            + "]}";
    for (int i = 0; i < 4; i++) {
      four = four.replaceFirst("\"ID\"", "\"m" + i + "\"");
    }
    Violation members =
        PtceJson.standard()
            .withLimits(JsonLimits.DEFAULT.withMaxMembers(3))
            .readCluster(four)
            .violations()
            .get(0);
    assertEquals("$.members", members.path());
    assertEquals(Map.of("limit", "3", "size", "4"), members.arguments());
    assertEquals(
        "This list has 4 items, more than the limit of 3.", members.message(Locale.ENGLISH));
    assertTrue(PtceJson.standard().readCluster(four).isValid());

    Violation size =
        PtceJson.standard()
            .withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(20))
            .readCluster(four)
            .violations()
            .get(0);
    assertEquals(Violation.of("$", "json.limit.documentSize", Map.of("limit", "20")), size);

    List<Violation> cut =
        PtceJson.standard()
            .withLimits(JsonLimits.DEFAULT.withMaxViolations(2))
            .readCluster("{\"a\": 1, \"b\": 2, \"c\": 3, \"name\": \" \"}")
            .violations();
    assertEquals(
        List.of("$ json.limit.violations", "$.a json.unknownProperty", "$.b json.unknownProperty"),
        cut.stream().map(v -> v.path() + " " + v.code()).toList());
    assertEquals(
        "The document has more than 2 problems: only the first 2 are listed; correct them and read it again.",
        cut.get(0).message(Locale.ENGLISH));
  }

  @Test
  void constraintViolationsAreCutAtTheLimitToo() {
    // Each of the 5,000 members is read, and fails only its @NotBlank name: the validator's list is
    // cut.
    List<Violation> violations =
        PtceJson.standard().readCluster(BadInputs.input("generated:blank-names-5000")).violations();
    assertEquals(JsonLimits.DEFAULT_MAX_VIOLATIONS + 1, violations.size());
    assertEquals("json.limit.violations", violations.get(0).code());
    assertEquals("$.members[999].stakeholder.name", violations.get(violations.size() - 1).path());
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
