package io.github.ptce.core.json;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.core.text.MessageBundle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Says what a JSON syntax error is, for the violation {@code json.syntax}, in words of the message
 * files.
 *
 * <p>The parser's own message is English and names the parser's settings ("enable {@code
 * JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}"); it is read here and never shown. The common
 * mistakes become a {@link Kind}, the argument {@code kind} of the violation, which selects the
 * text {@code json.syntax.<kind>} (see {@link MessageBundle#key}); the few values such a text names
 * (a character, a word of the input, a bracket) are further arguments, made printable. A message
 * this class does not recognise gives no kind: the text is then {@code json.syntax} itself, "the
 * JSON is malformed here", with the line and column.
 */
final class SyntaxErrors {
  /** The code of every syntax error. */
  static final String CODE = "json.syntax";

  /**
   * The mistakes recognised. Each names its full message key, written out so that the message tests
   * find it among the codes of the sources; the value of the argument {@code kind} is the key after
   * {@code json.syntax.}.
   */
  enum Kind {
    /** A character out of place, in a place that has no better explanation. */
    UNEXPECTED_CHARACTER("json.syntax.unexpectedCharacter"),
    /** Something other than a value where a value must be ({@code {"a": }}, {@code [,1]}). */
    VALUE_EXPECTED("json.syntax.valueExpected"),
    /** Something other than a quoted name where a property name must be. */
    PROPERTY_NAME_EXPECTED("json.syntax.propertyNameExpected"),
    /** A property name written without quotes ({@code {name: "P"}}). */
    UNQUOTED_PROPERTY_NAME("json.syntax.unquotedPropertyName"),
    /** A property name not followed by a colon. */
    MISSING_COLON("json.syntax.missingColon"),
    /** Two properties of an object not separated by a comma. */
    MISSING_COMMA_IN_OBJECT("json.syntax.missingCommaInObject"),
    /** Two items of an array not separated by a comma. */
    MISSING_COMMA_IN_ARRAY("json.syntax.missingCommaInArray"),
    /** A comma right before the end of an object or an array. */
    TRAILING_COMMA("json.syntax.trailingComma"),
    /** A text or a name between single quotes. */
    SINGLE_QUOTES("json.syntax.singleQuotes"),
    /**
     * A text or a name between typographic quotes (« », “ ”, ‘ ’), as a word processor writes them.
     */
    TYPOGRAPHIC_QUOTES("json.syntax.typographicQuotes"),
    /** A comment, which JSON does not have. */
    COMMENT("json.syntax.comment"),
    /** {@code NaN}, {@code Infinity}, {@code -Infinity}: not JSON numbers. */
    NON_NUMERIC_NUMBER("json.syntax.nonNumericNumber"),
    /** A word without quotes other than true, false and null ({@code tru}, {@code CARRIER}). */
    INVALID_LITERAL("json.syntax.invalidLiteral"),
    /** A number with a leading zero ({@code 012}). */
    LEADING_ZEROS("json.syntax.leadingZeros"),
    /** Any other malformed number ({@code +1}, {@code 1.}, {@code 0x1F}, {@code 1e}, {@code -}). */
    INVALID_NUMBER("json.syntax.invalidNumber"),
    /** A control character (a tab, a line break, NUL) written as such inside a string. */
    CONTROL_CHARACTER_IN_STRING("json.syntax.controlCharacterInString"),
    /**
     * An invisible character between the parts of the document (a no-break space, a control
     * character).
     */
    INVISIBLE_CHARACTER("json.syntax.invisibleCharacter"),
    /**
     * A backslash in a string followed by something JSON does not define (an x, a u without four
     * hexadecimal digits).
     */
    INVALID_ESCAPE("json.syntax.invalidEscape"),
    /** A bracket that closes something else than what is open (a brace that ends an array). */
    MISMATCHED_BRACKET("json.syntax.mismatchedBracket"),
    /** A closing bracket when nothing is open. */
    UNMATCHED_BRACKET("json.syntax.unmatchedBracket");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The value of the argument {@code kind}. */
    String argument() {
      return key.substring(CODE.length() + 1);
    }

    /** The message key of this kind's text. */
    String key() {
      return key;
    }
  }

  /** The argument that names the kind. */
  static final String KIND = MessageBundle.KIND;

  private static final Pattern CODE_POINT = Pattern.compile("[(, ]code (\\d{1,7})");
  private static final String TYPOGRAPHIC_QUOTE_CHARACTERS =
      "\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\uFF02\uFF07";

  private SyntaxErrors() {}

  /**
   * Returns the arguments that say what the error is: the kind and what its text names, or nothing
   * when the error is not recognised.
   *
   * @param message the parser's message (its first line is enough)
   * @param inArray whether the parser stopped inside an array
   * @return the arguments to add to the line and column; empty for the generic text
   */
  static Map<String, String> describe(String message, boolean inArray) {
    if (message.startsWith("Non-standard token '")) {
      return of(Kind.NON_NUMERIC_NUMBER, "token", quoted(message, "Non-standard token '".length()));
    }
    if (message.startsWith("Unrecognized token '")) {
      return of(Kind.INVALID_LITERAL, "token", quoted(message, "Unrecognized token '".length()));
    }
    if (message.contains("Leading zeroes not allowed")) {
      return of(Kind.LEADING_ZEROS);
    }
    if (message.startsWith("Invalid numeric value")) {
      return of(Kind.INVALID_NUMBER);
    }
    if (message.startsWith("Unrecognized character escape")) {
      return of(Kind.INVALID_ESCAPE);
    }
    if (message.startsWith("Unexpected close marker '")
        && message.length() > "Unexpected close marker '".length()) {
      return closeMarker(message);
    }
    int character = codePoint(message);
    if (character < 0) {
      return Map.of();
    }
    if (message.startsWith("Illegal unquoted character (")) {
      return of(Kind.CONTROL_CHARACTER_IN_STRING, "character", unicode(character));
    }
    if (message.startsWith("Illegal character (")) {
      return of(Kind.INVISIBLE_CHARACTER, "character", unicode(character));
    }
    if (message.startsWith("Unexpected character (")) {
      return unexpected(message, character, inArray);
    }
    return Map.of();
  }

  private static Map<String, String> unexpected(String message, int character, boolean inArray) {
    if (message.contains("in numeric value") || message.contains("hexadecimal number")) {
      return of(Kind.INVALID_NUMBER);
    }
    if (message.contains("character escape sequence")) {
      return of(Kind.INVALID_ESCAPE);
    }
    if (message.contains("comment")) {
      return of(Kind.COMMENT);
    }
    if (character >= Character.MIN_SURROGATE && character <= Character.MAX_SURROGATE) {
      // Half of a character beyond U+FFFF, as the reader of Java strings sees it: nothing to name.
      return Map.of();
    }
    if (!visible(character)) {
      return of(Kind.INVISIBLE_CHARACTER, "character", unicode(character));
    }
    if (character == '\'') {
      return of(Kind.SINGLE_QUOTES);
    }
    if (TYPOGRAPHIC_QUOTE_CHARACTERS.indexOf(character) >= 0) {
      return of(Kind.TYPOGRAPHIC_QUOTES, "character", printable(character));
    }
    if (message.contains("separate property name and value")) {
      return of(Kind.MISSING_COLON);
    }
    if (message.contains("separate Object entries")) {
      return of(Kind.MISSING_COMMA_IN_OBJECT);
    }
    if (message.contains("separate Array entries")) {
      return of(Kind.MISSING_COMMA_IN_ARRAY);
    }
    if (message.contains("to start property name") || message.contains("to start field name")) {
      // After "{" a "}" is an empty object: a "}" where a name must be follows a comma.
      if (character == '}') {
        return of(Kind.TRAILING_COMMA);
      }
      if (Character.isLetter(character) || character == '_' || character == '$') {
        return of(Kind.UNQUOTED_PROPERTY_NAME);
      }
      return of(Kind.PROPERTY_NAME_EXPECTED, "character", printable(character));
    }
    if (message.contains("expected a value") || message.contains("expected a valid value")) {
      // After "[" a "]" is an empty array: a "]" where an item must be follows a comma.
      if (character == ']' && inArray) {
        return of(Kind.TRAILING_COMMA);
      }
      return of(Kind.VALUE_EXPECTED, "character", printable(character));
    }
    return of(Kind.UNEXPECTED_CHARACTER, "character", printable(character));
  }

  private static Map<String, String> closeMarker(String message) {
    String found = bracket(message.charAt("Unexpected close marker '".length()));
    int expected = message.indexOf("': expected '");
    if (found == null) {
      return Map.of();
    }
    if (expected >= 0 && expected + "': expected '".length() < message.length()) {
      String open = bracket(message.charAt(expected + "': expected '".length()));
      return open == null
          ? Map.of()
          : of(Kind.MISMATCHED_BRACKET, "found", found, "expected", open);
    }
    return message.contains("no open") ? of(Kind.UNMATCHED_BRACKET, "found", found) : Map.of();
  }

  private static @Nullable String bracket(char c) {
    return c == ']' || c == '}' ? Character.toString(c) : null;
  }

  /**
   * The text between a quote at {@code from} and the closing quote of a parser message, made
   * printable.
   */
  private static String quoted(String message, int from) {
    int end = message.indexOf("': ", from);
    if (end < 0) {
      end = Math.max(from, message.lastIndexOf('\''));
    }
    return Texts.quoteInput(message.substring(from, end));
  }

  /** The code point the parser names as {@code (code N}, or -1. */
  private static int codePoint(String message) {
    Matcher matcher = CODE_POINT.matcher(message);
    if (!matcher.find()) {
      return -1;
    }
    int value = Integer.parseInt(matcher.group(1));
    return value <= Character.MAX_CODE_POINT ? value : -1;
  }

  /** A character that shows as itself: not blank, not a control or format character, assigned. */
  static boolean visible(int c) {
    if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE ->
          false;
      default -> true;
    };
  }

  /** A visible character as itself (it comes from the input), any other as its code point. */
  private static String printable(int c) {
    return visible(c) ? Texts.quoteInput(Character.toString(c)) : unicode(c);
  }

  /** The Unicode notation of a character, {@code U+00A0}. */
  static String unicode(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  private static Map<String, String> of(Kind kind, String... namesAndValues) {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put(KIND, kind.argument());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }
}
