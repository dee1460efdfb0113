package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Codecs#isoDate(String)} reads a ten-character date exactly as {@link LocalDate#parse(CharSequence)}
 * does, which the format documented before it replaced the call.
 */
class IsoDateTest {
  private static final long SEED = 20_261_126L;

  /** What {@code LocalDate.parse} gives for a text of ten characters, or null when it refuses it. */
  private static LocalDate reference(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Texts that look like dates: {@code yyyy-MM-dd} with numbers from 0 to 99 for months and days, and one or
   * two of the ten positions replaced by a digit, a dash, a sign, a space, a letter or a non-ASCII digit.
   */
  private static Gen<String> dateLike() {
    String alphabet = "0123456789-+ x\u0663\uFF11";
    Gen<String> date = integers().between(0, 9999).zip(integers().between(0, 99), integers().between(0, 99),
        (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
    Gen<int[]> change = integers().between(0, 9).zip(integers().between(0, alphabet.length() - 1),
        (position, character) -> new int[] {position, character});
    return date.zip(change, change, integers().between(0, 2), (text, first, second, changes) -> {
      StringBuilder changed = new StringBuilder(text);
      if (changes >= 1) {
        changed.setCharAt(first[0], alphabet.charAt(first[1]));
      }
      if (changes == 2) {
        changed.setCharAt(second[0], alphabet.charAt(second[1]));
      }
      return changed.toString();
    });
  }

  @Test
  void agreesWithLocalDateParseOnDateLikeTexts() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(dateLike())
        .checkAssert(text -> assertEquals(reference(text), Codecs.isoDate(text), text));
  }

  @Test
  void agreesWithLocalDateParseOnEveryDayOfTheFormatsRange() {
    qt().withFixedSeed(SEED + 1).withExamples(20_000)
        .forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .checkAssert((year, month, day) -> {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertEquals(reference(text), Codecs.isoDate(text), text);
        });
  }

  @Test
  void agreesWithLocalDateParseOnAnyText() {
    qt().withFixedSeed(SEED + 2).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(text -> assertEquals(text.length() == 10 ? reference(text) : null, Codecs.isoDate(text)));
  }

  @Test
  void examples() {
    assertEquals(LocalDate.of(2014, 7, 31), Codecs.isoDate("2014-07-31"));
    assertEquals(LocalDate.of(2024, 2, 29), Codecs.isoDate("2024-02-29"));
    assertEquals(LocalDate.of(0, 1, 1), Codecs.isoDate("0000-01-01"));
    assertNull(Codecs.isoDate("2023-02-29"), "not a leap year");
    assertNull(Codecs.isoDate("2014-13-01"));
    assertNull(Codecs.isoDate("2014-00-10"));
    assertNull(Codecs.isoDate("2014-7-31"));
    assertNull(Codecs.isoDate("2014/07/31"));
    assertNull(Codecs.isoDate("+2014-07-3"));
    assertNull(Codecs.isoDate("2014-07-31T00:00"));
    assertNull(Codecs.isoDate("\u0662\u0660\u0661\u0664-07-31"), "Arabic-Indic digits are not ASCII digits");
    assertNull(Codecs.isoDate(""));
  }
}
