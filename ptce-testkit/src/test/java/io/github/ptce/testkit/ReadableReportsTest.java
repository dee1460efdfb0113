package io.github.ptce.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person reads in a report: every case file rendered in every format (text, Markdown, HTML,
 * JSON) and both languages, and searched for three kinds of defect.
 *
 * <p><b>What a person reads.</b> In text, Markdown and HTML: the whole document, except code spans
 * (criterion and scheme ids; Markdown {@code `…`}, HTML {@code <code>}), web addresses, and the
 * markup itself (tags, attributes, style sheet, Markdown escapes). In JSON: the {@code text} of
 * every message ({@code {"code", "text"}}) and the {@code citation} of every legal text; keys and
 * enumerated codes ({@code "outcome": "NOT_ELIGIBLE"}) are for programs.
 *
 * <p><b>Defects.</b>
 *
 * <ol>
 *   <li><b>A constant name</b>: a word of capital letters, digits and underscores that is the name
 *       of a constant of an enumeration of ptce-core or ptce-rules ({@code
 *       LOCAL_AUTHORITY_GROUPING}, {@code PARTNER}, {@code POOLING}, {@code NOT_SSE}, {@code
 *       CONFIRMED}…), unless the word is the library's own vocabulary in that language — it occurs
 *       in the labels or the renderers' words ({@code SCOP}, {@code EPCI}, {@code ELIGIBLE} are
 *       written so for a person) — or the case's own free text (names, descriptions, notes)
 *       contains it.
 *   <li><b>A repository file</b>: a file name ending in {@code .md}, {@code .java}, {@code
 *       .properties} or {@code .tsv} ({@code FACTS.md}, {@code FACTS-2.md}, {@code
 *       legal-texts.md}), or a section of one ({@code § 4.2}): a report cites public sources, not
 *       the project's notes.
 *   <li><b>A date that does not read right</b> at its precision: a preposition for a day before a
 *       month or a year ("on December 2024", « le décembre 2024 », « depuis le 2018 », « au 2025
 *       »), a preposition for a period before a day ("in 2021-03-15", « en 2021-03-15 »), two
 *       prepositions in a row ("on in", « le en »), or a French « de » not elided before a month
 *       that starts with a vowel (« de avril »).
 * </ol>
 */
class ReadableReportsTest {
  static final List<ReportRenderer> RENDERERS =
      List.of(
          ReportRenderer.text(),
          ReportRenderer.markdown(),
          ReportRenderer.html(),
          ReportRenderer.json());
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  static final Pattern CAPITALS =
      Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\p{N}_])");
  static final Pattern FILE =
      Pattern.compile("[\\w.-]+\\.(?:md|java|properties|tsv)\\b|§§? ?\\d+(?:\\.\\d+)?");
  static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"]+");

  static final String MONTH_EN =
      "(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)";
  static final String MONTH_FR =
      "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
          + "|décembre)";
  static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

  /** A year alone: four digits not followed by a month or a day. */
  static final String YEAR = "\\d{4}(?![-\\d])";

  static final List<Pattern> DATES_EN =
      List.of(
          Pattern.compile("\\bon (?:" + MONTH_EN + " \\d{4}|" + YEAR + ")"),
          Pattern.compile("\\bin " + DAY),
          Pattern.compile("\\b(?:on|in|since|from|until|to) (?:on|in) (?:\\d|" + MONTH_EN + ")"));
  static final List<Pattern> DATES_FR =
      List.of(
          Pattern.compile(
              "(?i)\\b(?:le|du|au|jusqu'au|depuis le|à partir du) (?:"
                  + MONTH_FR
                  + "|"
                  + YEAR
                  + ")"),
          Pattern.compile("(?i)\\b(?:en|de|à|jusqu'en|à partir de) " + DAY),
          Pattern.compile(
              "(?i)\\b(?:le|en|du|au|de|jusqu'au|jusqu'en|depuis le|depuis en) (?:le|en|du|au) (?:\\d|"
                  + MONTH_FR
                  + ")"),
          Pattern.compile("(?i)\\bde (?:avril|août|octobre)"));

  /** The constant names of every enumeration of the library's main code. */
  static final Set<String> CONSTANTS = constants();

  /**
   * The words in capitals of the labels and the renderers' words, by language: what the library
   * writes so.
   */
  static final Set<String> VOCABULARY_EN = vocabulary("");

  static final Set<String> VOCABULARY_FR = vocabulary("_fr");

  /** The case files of ptce's own schemes, evaluated as {@link BundledSchemesTest} does. */
  @TestFactory
  Stream<DynamicTest> everyCaseReadsRight() {
    return BundledSchemesTest.RUNNER.files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.schemeId() + "/" + file.path().getFileName(), () -> check(file)));
  }

  static void check(CaseFile caseFile) throws IOException {
    String scheme = caseFile.schemeId();
    Path file = caseFile.path();
    EligibilityReport report = BundledSchemesTest.RUNNER.evaluate(caseFile);
    Set<String> ownWords = freeTextWords(MAPPER.readTree(file.toFile()));
    List<String> defects = new ArrayList<>();
    for (ReportRenderer renderer : RENDERERS) {
      for (Locale locale : LANGUAGES) {
        String rendered = renderer.render(report, locale);
        String where = renderer.format() + "/" + locale.getLanguage();
        String read = readable(renderer.format(), rendered);
        dump(scheme, file, where, read);
        defects(where, read, locale, ownWords, defects);
      }
    }
    assertTrue(
        defects.isEmpty(),
        scheme + "/" + file.getFileName() + ":\n  " + String.join("\n  ", defects));
  }

  /** Adds the defects of a text a person reads. */
  static void defects(
      String where, String text, Locale locale, Set<String> ownWords, List<String> out) {
    boolean french = locale.getLanguage().equals("fr");
    Set<String> vocabulary = french ? VOCABULARY_FR : VOCABULARY_EN;
    Matcher words = CAPITALS.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (CONSTANTS.contains(word) && !vocabulary.contains(word) && !ownWords.contains(word)) {
        out.add(
            where
                + ": constant name "
                + word
                + " in «"
                + around(text, words.start(), words.end())
                + "»");
      }
    }
    Matcher files = FILE.matcher(text);
    while (files.find()) {
      out.add(
          where
              + ": repository file "
              + files.group()
              + " in «"
              + around(text, files.start(), files.end())
              + "»");
    }
    for (Pattern pattern : french ? DATES_FR : DATES_EN) {
      Matcher dates = pattern.matcher(text);
      while (dates.find()) {
        out.add(
            where
                + ": date "
                + dates.group()
                + " in «"
                + around(text, dates.start(), dates.end())
                + "»");
      }
    }
  }

  private static String around(String text, int start, int end) {
    return text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40));
  }

  /** What a person reads of a document, on one line: see the class comment. */
  static String readable(String format, String document) {
    String text;
    switch (format) {
      case "json" -> {
        StringBuilder out = new StringBuilder();
        humanTexts(MAPPER.readTree(document), null, out);
        text = out.toString();
      }
      case "html" ->
          text =
              document
                  .replaceAll("(?s)<style>.*?</style>", " ")
                  .replaceAll("(?s)<code>.*?</code>", " ")
                  .replaceAll("<[^>]*>", " ")
                  .replace("&lt;", "<")
                  .replace("&gt;", ">")
                  .replace("&quot;", "\"")
                  .replace("&#39;", "'")
                  .replace("&amp;", "&");
      case "md" ->
          text =
              document
                  .replaceAll("`[^`\\n]*`", " ")
                  .replaceAll("\\]\\([^)\\s]*\\)", "] ")
                  .replaceAll("\\\\(\\p{Punct})", "$1");
      default -> text = document;
    }
    // One line for a document; one line per text for JSON, whose texts are apart.
    String lines = URL.matcher(text).replaceAll(" ").replaceAll("[^\\S\\n]+", " ");
    return "json".equals(format) ? lines : lines.replaceAll("\\s+", " ");
  }

  private static void humanTexts(JsonNode node, String key, StringBuilder out) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        humanTexts(entry.getValue(), entry.getKey(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        humanTexts(element, key, out);
      }
    } else if (node.isString() && ("text".equals(key) || "citation".equals(key))) {
      out.append(node.stringValue().replace('\n', ' ')).append('\n');
    }
  }

  /** The words in capitals of the free texts of a case: names, descriptions, titles, notes. */
  static Set<String> freeTextWords(JsonNode node) {
    Set<String> words = new TreeSet<>();
    collectFreeText(node.path("cluster"), null, words);
    collectFreeText(node.path("assessments"), null, words);
    return words;
  }

  private static final Set<String> FREE_TEXT =
      Set.of(
          "name",
          "title",
          "description",
          "note",
          "assessor",
          "localDevelopmentAims",
          "programme",
          "funder",
          "activities");

  private static void collectFreeText(JsonNode node, String key, Set<String> words) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        collectFreeText(entry.getValue(), entry.getKey(), words);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectFreeText(element, key, words);
      }
    } else if (node.isString() && FREE_TEXT.contains(key)) {
      Matcher m = CAPITALS.matcher(node.stringValue());
      while (m.find()) {
        words.add(m.group());
      }
    }
  }

  static Set<String> constants() {
    Set<String> names = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(
                location -> !location.contains("-tests.jar") && !location.contains("test-classes"))
            .importPackages("io.github.ptce.core", "io.github.ptce.rules")) {
      if (type.isEnum()) {
        for (Object constant : type.reflect().getEnumConstants()) {
          names.add(((Enum<?>) constant).name());
        }
      }
    }
    return names;
  }

  static Set<String> vocabulary(String suffix) {
    Set<String> words = new TreeSet<>();
    for (String bundle :
        List.of("io/github/ptce/rules/labels", "io/github/ptce/rules/render/messages")) {
      Properties properties = new Properties();
      try (InputStream in =
          ReadableReportsTest.class
              .getClassLoader()
              .getResourceAsStream(bundle + suffix + ".properties")) {
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      for (String value :
          properties.stringPropertyNames().stream().map(properties::getProperty).toList()) {
        Matcher m = CAPITALS.matcher(value);
        while (m.find()) {
          words.add(m.group());
        }
      }
    }
    return words;
  }

  /**
   * Writes what was read under target/readable when -Dptce.readable.dump=true, to review the texts.
   */
  private static void dump(String scheme, Path file, String where, String read) throws IOException {
    if (Boolean.getBoolean("ptce.readable.dump")) {
      Path out =
          Path.of(
              "target/readable",
              scheme,
              file.getFileName().toString().replace(".json", "")
                  + "."
                  + where.replace('/', '.')
                  + ".txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, read, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCheckFindsEachKindOfDefect() {
    List<String> found = new ArrayList<>();
    defects(
        "text/en",
        "A member with role PARTNER (LOCAL_AUTHORITY_GROUPING), modes [POOLING, COOPERATION].",
        Locale.ENGLISH,
        Set.of(),
        found);
    assertTrue(found.size() == 4, String.join("\n", found));
    found.clear();
    defects(
        "text/en",
        "See FACTS.md § 4.2 and FACTS-2.md; Labels.java, labels.properties.",
        Locale.ENGLISH,
        Set.of(),
        found);
    assertTrue(found.size() == 5, String.join("\n", found));
    found.clear();
    defects(
        "text/en",
        "It ended on December 2024, on 2024, in 2021-03-15, since on 2021-03-15.",
        Locale.ENGLISH,
        Set.of(),
        found);
    assertTrue(found.size() == 4, String.join("\n", found));
    found.clear();
    defects(
        "text/fr",
        "Elle a pris fin le décembre 2024, depuis le 2018, du 2020-03-02 au 2025, en 2021-03-15, "
            + "de avril 2020, le en mars 2021.",
        Locale.FRENCH,
        Set.of(),
        found);
    assertTrue(found.size() == 6, String.join("\n", found));
  }

  @Test
  void whatReadsRightIsNoDefect() {
    List<String> found = new ArrayList<>();
    defects(
        "text/en",
        "ELIGIBLE: the SCOP and the EPCI; it ended on 2024-12-15, in December 2024, in 2024, since "
            + "2018, from March 2020 to 2025.",
        Locale.ENGLISH,
        Set.of(),
        found);
    defects(
        "text/fr",
        "ÉLIGIBLE : la SCOP ; a pris fin le 2024-12-15, en décembre 2024, en 2024, depuis 2018, "
            + "depuis le 2018-04-01, du 2020-03-02 au 2025-03-01, d'avril 2020 à 2025, de mars 2020 jusqu'en 2025.",
        Locale.FRENCH,
        Set.of(),
        found);
    defects(
        "text/en", "Member TETRIS CA named so by its users.", Locale.ENGLISH, Set.of("CA"), found);
    assertTrue(found.isEmpty(), String.join("\n", found));
    assertFalse(CONSTANTS.isEmpty());
    assertTrue(CONSTANTS.contains("LOCAL_AUTHORITY_GROUPING") && CONSTANTS.contains("CONFIRMED"));
  }
}
