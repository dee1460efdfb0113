package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Violation;
import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.core.testing.BadInputs.Case;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON syntax errors ({@code json.syntax}) are told entirely in the reader's language: what is
 * wrong and how to write it, at which line and column, and never in the parser's own English or
 * with the names of its settings.
 */
class SyntaxErrorMessagesTest {
  /** Words of the parser's messages, which a French message must not hold. */
  private static final List<String> PARSER_WORDS =
      List.of(
          "expecting",
          "expected",
          "token",
          "enable",
          "unexpected",
          "unrecognized",
          "illegal",
          "allowed",
          "feature",
          "jackson",
          "ctrl-char");

  /** Names of the parser and of its settings, which no message may hold. */
  private static final List<String> PARSER_NAMES =
      List.of("JsonReadFeature", "StreamReadFeature", "Jackson", "ALLOW_", "CTRL-CHAR");

  /** The kind each syntax error of the corpus is recognised as. */
  private static final Map<String, String> CORPUS_KINDS =
      Map.ofEntries(
          Map.entry("syntax-error.json", "missingColon"),
          Map.entry("syntax-depth0-bare-word.json", "invalidLiteral"),
          Map.entry("syntax-depth1-missing-comma.json", "missingCommaInObject"),
          Map.entry("syntax-depth2-perimeter-missing-colon.json", "missingColon"),
          Map.entry("syntax-depth3-communes-missing-comma.json", "missingCommaInArray"),
          Map.entry("syntax-depth4-membership-unquoted-value.json", "invalidLiteral"),
          Map.entry("syntax-depth5-stakeholder-single-quotes.json", "singleQuotes"),
          Map.entry("syntax-depth6-sse-status-unquoted-date.json", "missingCommaInObject"),
          Map.entry("syntax-depth7-esus-agreement-trailing-comma.json", "trailingComma"),
          Map.entry("syntax-comment.json", "comment"),
          Map.entry("syntax-nan.json", "nonNumericNumber"),
          Map.entry("syntax-leading-zero.json", "leadingZeros"),
          Map.entry("syntax-hex-number.json", "invalidNumber"),
          Map.entry("syntax-plus-sign.json", "invalidNumber"),
          Map.entry("syntax-unquoted-key.json", "unquotedPropertyName"),
          Map.entry("syntax-control-character.json", "controlCharacterInString"),
          Map.entry("syntax-bad-escape.json", "invalidEscape"),
          Map.entry("syntax-array-close-mismatch.json", "mismatchedBracket"),
          Map.entry("truncated-in-literal.json", "invalidLiteral"),
          Map.entry("nul-byte.json", "controlCharacterInString"));

  static Stream<Arguments> corpusSyntaxErrors() {
    return BadInputs.all().stream()
        .filter(c -> c.expected().stream().anyMatch(e -> e.code().equals(SyntaxErrors.CODE)))
        .map(c -> Arguments.of(c.name(), c));
  }

  @Test
  void everySyntaxErrorOfTheCorpusHasItsKindHere() {
    Set<String> corpus =
        corpusSyntaxErrors()
            .map(a -> (String) a.get()[0])
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(CORPUS_KINDS.keySet()),
        corpus,
        "a syntax error of the corpus, added or removed: say here which kind it is");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusSyntaxErrors")
  void theCorpusSyntaxErrorsAreToldInFrenchAndInEnglishWithoutTheParsersWords(String name, Case c) {
    Violation violation = syntaxError(c.input());
    assertEquals(
        CORPUS_KINDS.get(name),
        violation.arguments().get("kind"),
        name + ": " + violation.arguments());
    String french = violation.message(Locale.FRENCH);
    String english = violation.message(Locale.ENGLISH);
    String frenchLower = french.toLowerCase(Locale.ROOT);
    for (String word : PARSER_WORDS) {
      assertFalse(
          frenchLower.contains(word.toLowerCase(Locale.ROOT)),
          () -> name + ": \"" + word + "\" in " + french);
    }
    for (String word : PARSER_NAMES) {
      assertFalse(english.contains(word), () -> name + ": \"" + word + "\" in " + english);
      assertFalse(french.contains(word), () -> name + ": \"" + word + "\" in " + french);
    }
    for (String message : List.of(french, english)) {
      assertTrue(
          message.contains(" " + violation.arguments().get("line") + ", ")
              && message.contains(" " + violation.arguments().get("column")),
          () -> name + ": where? " + message);
    }
    assertTrue(french.contains("ligne ") && french.contains("colonne "), french);
    assertTrue(english.contains("line ") && english.contains("column "), english);
  }

  @Test
  void noMessageOfTheCorpusNamesTheParserOrItsSettings() {
    for (Case c : BadInputs.all()) {
      if (c.accepted() || c.name().startsWith(BadInputs.GENERATED)) {
        continue;
      }
      for (Violation violation : PtceJson.standard().readCluster(c.input()).violations()) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          String message = violation.message(locale);
          for (String word : PARSER_NAMES) {
            assertFalse(
                message.contains(word), () -> c.name() + ": \"" + word + "\" in " + message);
          }
        }
        // The parser's message is not kept in the arguments either, which reports may show.
        violation
            .arguments()
            .values()
            .forEach(value -> assertFalse(value.contains("Feature"), c.name()));
      }
    }
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(
            "123abc",
            "unexpectedCharacter",
            "The JSON is malformed at line 1, column 4: the character \"a\" is not expected here.",
            "Le JSON est mal formé ligne 1, colonne 4 : le caractère « a » n'est pas attendu ici."),
        Arguments.of(
            "{\"name\": }",
            "valueExpected",
            "A value is expected at line 1, column 10, but \"}\" was found: write a text between double quotes, a number, true, false, null, an object {…} or an array […].",
            "Une valeur est attendue ligne 1, colonne 10, mais « } » a été trouvé : écrivez un texte entre guillemets droits, un nombre, true, false, null, un objet {…} ou un tableau […]."),
        Arguments.of(
            "{\"name\": \"P\", 1: 2}",
            "propertyNameExpected",
            "A property name between double quotes is expected at line 1, column 15, but \"1\" was found.",
            "Un nom de propriété entre guillemets droits est attendu ligne 1, colonne 15, mais « 1 » a été trouvé."),
        Arguments.of(
            "{name: \"P\"}",
            "unquotedPropertyName",
            "A property name is written without double quotes at line 1, column 2: write it between double quotes, as in \"name\": \"…\".",
            "Un nom de propriété est écrit sans guillemets ligne 1, colonne 2 : écrivez-le entre guillemets droits, comme dans \"name\": \"…\"."),
        Arguments.of(
            "{\"name\" \"P\"}",
            "missingColon",
            "A colon is missing at line 1, column 9: a property name is followed by \":\" and then its value, as in \"name\": \"…\".",
            "Il manque un deux-points ligne 1, colonne 9 : un nom de propriété est suivi de « : » puis de sa valeur, comme dans \"name\": \"…\"."),
        Arguments.of(
            "{\"name\": \"P\" \"stage\": \"EMERGENCE\"}",
            "missingCommaInObject",
            "A comma or \"}\" is expected at line 1, column 14: the properties of an object are separated by commas, and a text (a date, a code) is written between double quotes.",
            "Une virgule ou « } » est attendue ligne 1, colonne 14 : les propriétés d'un objet sont séparées par des virgules, et un texte (une date, un code) s'écrit entre guillemets droits."),
        Arguments.of(
            "{\"name\": \"P\", \"perimeter\": {\"communes\": [\"06069\" \"06088\"]}}",
            "missingCommaInArray",
            "A comma or \"]\" is expected at line 1, column 50: the items of an array are separated by commas, and a text (a date, a code) is written between double quotes.",
            "Une virgule ou « ] » est attendue ligne 1, colonne 50 : les éléments d'un tableau sont séparés par des virgules, et un texte (une date, un code) s'écrit entre guillemets droits."),
        Arguments.of(
            "{\"name\": \"P\", \"innovation\": [\"SOCIAL\",]}",
            "trailingComma",
            "The object or array that ends at line 1, column 39 has a comma after its last item: remove that comma.",
            "L'objet ou le tableau qui se termine ligne 1, colonne 39 a une virgule après son dernier élément : supprimez cette virgule."),
        Arguments.of(
            "{\"name\": 'P'}",
            "singleQuotes",
            "A single quote at line 1, column 10: in JSON, texts and property names are written between double quotes (\"…\"), not single quotes.",
            "Apostrophe ligne 1, colonne 10 : en JSON, textes et noms de propriétés s'écrivent entre guillemets droits (\"…\"), pas entre apostrophes."),
        Arguments.of(
            "{\"name\": «P»}",
            "typographicQuotes",
            "A typographic quote («) at line 1, column 11: in JSON, texts and property names are written between straight double quotes (\"…\"); a word processor may have replaced them, use a plain-text editor.",
            "Guillemet typographique («) ligne 1, colonne 11 : en JSON, textes et noms de propriétés s'écrivent entre guillemets droits (\"…\") ; un traitement de texte a pu les remplacer, utilisez un éditeur de texte brut."),
        Arguments.of(
            "{\"name\": \"P\" /* test */}",
            "comment",
            "A comment at line 1, column 14: JSON does not allow comments (// or /* */); remove it.",
            "Commentaire ligne 1, colonne 14 : le JSON n'admet pas de commentaires (// ou /* */) ; supprimez-le."),
        Arguments.of(
            "{\"name\": \"P\", \"resources\": [{\"year\": 2022, \"sales\": -Infinity}]}",
            "nonNumericNumber",
            "\"-Infinity\" at line 1, column 62 is not a number in JSON, which has no NaN or Infinity: write a number, or leave the property out if the value is unknown.",
            "« -Infinity » ligne 1, colonne 62 n'est pas un nombre en JSON, qui n'a ni NaN ni Infinity : écrivez un nombre, ou omettez la propriété si la valeur est inconnue."),
        Arguments.of(
            "{\"name\": \"P\", \"ruralTerritory\": True}",
            "invalidLiteral",
            "\"True\" at line 1, column 33 is not a JSON value: a text is written between double quotes (\"…\"); the only words without quotes are true, false and null, in lower case.",
            "« True » ligne 1, colonne 33 n'est pas une valeur JSON : un texte s'écrit entre guillemets droits (\"…\") ; les seuls mots sans guillemets sont true, false et null, en minuscules."),
        Arguments.of(
            "{\"name\": \"P\", \"resources\": [{\"year\": 02022}]}",
            "leadingZeros",
            "A number starts with a zero at line 1, column 39: write 12, not 012; a code with a leading zero (a commune code, a postcode) is a text between double quotes, as in \"06088\".",
            "Un nombre commence par un zéro ligne 1, colonne 39 : écrivez 12 et non 012 ; un code à zéro initial (code commune, code postal) est un texte entre guillemets droits, comme \"06088\"."),
        Arguments.of(
            "{\"name\": \"P\", \"resources\": [{\"year\": 2022, \"sales\": 12.}]}",
            "invalidNumber",
            "A number is malformed at line 1, column 56: write it in decimal digits, with a minus sign if needed, a dot with digits on both sides for decimals and an optional exponent (2022, -3, 1234.50, 1.5e3); no plus sign, no hexadecimal.",
            "Un nombre est mal formé ligne 1, colonne 56 : écrivez-le en chiffres décimaux, avec un signe moins s'il le faut, un point entouré de chiffres pour les décimales et un exposant éventuel (2022, -3, 1234.50, 1.5e3) ; ni signe plus, ni hexadécimal."),
        Arguments.of(
            "{\"name\": \"P\nQ\"}",
            "controlCharacterInString",
            "A text holds the control character U+000A at line 1, column 12: inside double quotes, write a line break as \\n, a tab as \\t and any other control character as \\u followed by its 4 hexadecimal digits.",
            "Un texte contient le caractère de contrôle U+000A ligne 1, colonne 12 : entre guillemets, écrivez un saut de ligne \\n, une tabulation \\t et tout autre caractère de contrôle \\u suivi de ses 4 chiffres hexadécimaux."),
        Arguments.of(
            "{\"name\":\u00a0\"P\"}",
            "invisibleCharacter",
            "An invisible character, U+00A0, is at line 1, column 10: only spaces, tabs and line breaks may separate the parts of a JSON document; remove it (it often comes from a copy and paste).",
            "Un caractère invisible, U+00A0, se trouve ligne 1, colonne 10 : seuls des espaces, tabulations et sauts de ligne peuvent séparer les éléments d'un document JSON ; supprimez-le (il vient souvent d'un copier-coller)."),
        Arguments.of(
            "{\"name\": \"C:\\dossier\"}",
            "invalidEscape",
            "A backslash in a text at line 1, column 14 is followed by a character JSON does not allow there: a backslash may only be followed by \", \\, /, b, f, n, r, t, or by u and 4 hexadecimal digits; write a backslash itself as \\\\.",
            "Une barre oblique inverse dans un texte ligne 1, colonne 14 est suivie d'un caractère que le JSON n'admet pas à cet endroit : une barre oblique inverse ne peut être suivie que de \", \\, /, b, f, n, r, t, ou de u et 4 chiffres hexadécimaux ; écrivez la barre oblique inverse elle-même \\\\."),
        Arguments.of(
            "{\"name\": \"P\", \"innovation\": [\"SOCIAL\"}",
            "mismatchedBracket",
            "\"}\" at line 1, column 38 does not close what is open: \"]\" is expected first (each [ closes with ] and each { with }).",
            "« } » ligne 1, colonne 38 ne ferme pas ce qui est ouvert : « ] » est attendu d'abord (chaque [ se ferme par ] et chaque { par })."),
        Arguments.of(
            "{\"name\": \"P\"}}",
            "unmatchedBracket",
            "\"}\" at line 1, column 14 closes nothing: no object or array is open here; remove it or check the brackets before it.",
            "« } » ligne 1, colonne 14 ne ferme rien : aucun objet ni tableau n'est ouvert ici ; supprimez-le ou vérifiez les crochets et accolades qui le précèdent."));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void eachKindIsToldInEnglishAndInFrench(
      String input, String kind, String english, String french) {
    Violation violation = syntaxError(input.getBytes(StandardCharsets.UTF_8));
    assertEquals(kind, violation.arguments().get("kind"), violation::toString);
    assertEquals(english, violation.message(Locale.ENGLISH));
    assertEquals(french, violation.message(Locale.FRENCH));
    assertEquals(french, violation.message(Locale.CANADA_FRENCH));
    // The text of the kind is the one used, not the generic one.
    assertEquals(
        "json.syntax." + kind, Texts.bundle().key(violation.code(), violation.arguments()));
    // Read from a Java string, the error is the same kind (the parser of strings counts some
    // columns apart).
    assertEquals(kind, syntaxError(input).arguments().get("kind"), "read as a string");
  }

  @Test
  void everyKindHasAnExampleAndATextInBothLanguages() {
    Set<String> examples =
        kinds().map(a -> (String) a.get()[1]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> all =
        Arrays.stream(SyntaxErrors.Kind.values())
            .map(SyntaxErrors.Kind::argument)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, examples);
    for (SyntaxErrors.Kind kind : SyntaxErrors.Kind.values()) {
      assertEquals(SyntaxErrors.CODE + "." + kind.argument(), kind.key());
      assertTrue(Texts.bundle().keys(Locale.ENGLISH).contains(kind.key()), kind.key());
      assertTrue(Texts.bundle().keys(Locale.FRENCH).contains(kind.key()), kind.key());
    }
  }

  @Test
  void anErrorNotRecognisedIsTheGenericTextWithItsPlace() {
    assertEquals(Map.of(), SyntaxErrors.describe("Some message of a later parser version", false));
    assertEquals(Map.of(), SyntaxErrors.describe("Unexpected character without a code", false));
    // Half of a character beyond U+FFFF: the parser of Java strings names no whole character.
    assertEquals(
        Map.of(),
        SyntaxErrors.describe(
            "Unexpected character ('?' (code 55357 / 0xd83d)): expected a valid value", false));
    Violation generic = Violation.of("$.name", "json.syntax", Map.of("line", "2", "column", "7"));
    assertEquals(
        "The JSON is malformed at line 2, column 7: check the quotes, commas, colons and brackets at "
            + "this place.",
        generic.message(Locale.ENGLISH));
    assertEquals(
        "Le JSON est mal formé ligne 2, colonne 7 : vérifiez les guillemets, virgules, deux-points, "
            + "crochets et accolades à cet endroit.",
        generic.message(Locale.FRENCH));
    // A kind without a text of its own falls back to the generic text.
    Violation unknownKind =
        Violation.of("$", "json.syntax", Map.of("line", "1", "column", "1", "kind", "later"));
    assertEquals(
        Violation.of("$", "json.syntax", Map.of("line", "1", "column", "1")).message(Locale.FRENCH),
        unknownKind.message(Locale.FRENCH));
  }

  @Test
  void whatTheTextNamesIsMadePrintableAndShort() {
    // A word of the input is cut at 60 characters; an invisible character is named by its code
    // point.
    Violation word = syntaxError("{\"name\": " + "x".repeat(200) + "}");
    assertEquals("x".repeat(60) + "…", word.arguments().get("token"));
    Violation zeroWidth = syntaxError("{\"name\":\u200B\"P\"}");
    assertEquals(
        Map.of("kind", "invisibleCharacter", "character", "U+200B"),
        without(zeroWidth, "line", "column"));
    Violation control = syntaxError("{\"name\":\u0001\"P\"}");
    assertEquals(
        Map.of("kind", "invisibleCharacter", "character", "U+0001"),
        without(control, "line", "column"));
    // A word of the input comes out as the parser cut it, never interpreted.
    Violation expression = syntaxError("{\"name\": P${user.home}}");
    assertEquals("P$", expression.arguments().get("token"));
    assertTrue(
        expression.message(Locale.FRENCH).startsWith("« P$ » ligne 1, colonne 10 "),
        expression::toString);
  }

  @Test
  void theWordingIsChosenByTheKindOnlyWhereTheMessagesHaveOne() {
    // Other codes with an argument "kind" (a stakeholder's kind) keep their one text.
    Violation other =
        Violation.of(
            "$.members[0].stakeholder.authorityLevel",
            "stakeholder.authorityLevelNotExpected",
            Map.of("kind", "ENTERPRISE"));
    assertEquals(
        "stakeholder.authorityLevelNotExpected",
        Texts.bundle().key(other.code(), other.arguments()));
    assertTrue(other.message(Locale.ENGLISH).endsWith("not for ENTERPRISE."), other::toString);
  }

  private static Violation syntaxError(byte[] input) {
    List<Violation> violations = PtceJson.standard().readCluster(input).violations();
    assertEquals(1, violations.size(), violations::toString);
    assertEquals(SyntaxErrors.CODE, violations.get(0).code(), violations::toString);
    return violations.get(0);
  }

  private static Violation syntaxError(String input) {
    List<Violation> violations = PtceJson.standard().readCluster(input).violations();
    assertEquals(1, violations.size(), violations::toString);
    assertEquals(SyntaxErrors.CODE, violations.get(0).code(), violations::toString);
    return violations.get(0);
  }

  private static Map<String, String> without(Violation violation, String... names) {
    Map<String, String> arguments = new TreeMap<>(violation.arguments());
    for (String name : names) {
      arguments.remove(name);
    }
    return arguments;
  }
}
