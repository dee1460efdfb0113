package io.github.ptce.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.testing.PtceGenerators;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PartialDate#parse(CharSequence)} reads a ten-character date exactly as {@link
 * LocalDate#parse(CharSequence)} does (what the format documented before dates could be partial), a
 * month as {@link YearMonth#parse(CharSequence)} and a year of four digits as {@link
 * Year#parse(CharSequence)}; its comparisons follow the days it may be.
 */
class PartialDateTest {
  private static final long SEED = 20_261_126L;

  /** The day {@link PartialDate#parse} reads from a text, or null when it refuses it. */
  private static LocalDate read(String text) {
    try {
      PartialDate date = PartialDate.parse(text);
      assertTrue(date.isExact() || text.length() != 10, text);
      return date.toLocalDate().orElse(null);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * What {@code LocalDate.parse} gives for a text of ten characters, or null when it refuses it.
   */
  private static LocalDate reference(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Texts that look like dates: {@code yyyy-MM-dd} with numbers from 0 to 99 for months and days,
   * and one or two of the ten positions replaced by a digit, a dash, a sign, a space, a letter or a
   * non-ASCII digit.
   */
  private static Gen<String> dateLike() {
    String alphabet = "0123456789-+ x\u0663\uFF11";
    Gen<String> date =
        integers()
            .between(0, 9999)
            .zip(
                integers().between(0, 99),
                integers().between(0, 99),
                (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
    Gen<int[]> change =
        integers()
            .between(0, 9)
            .zip(
                integers().between(0, alphabet.length() - 1),
                (position, character) -> new int[] {position, character});
    return date.zip(
        change,
        change,
        integers().between(0, 2),
        (text, first, second, changes) -> {
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
    qt().withFixedSeed(SEED)
        .withExamples(20_000)
        .forAll(dateLike())
        .checkAssert(text -> assertEquals(reference(text), read(text), text));
  }

  @Test
  void agreesWithLocalDateParseOnEveryDayOfTheFormatsRange() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(20_000)
        .forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .checkAssert(
            (year, month, day) -> {
              String text = String.format("%04d-%02d-%02d", year, month, day);
              assertEquals(reference(text), read(text), text);
            });
  }

  @Test
  void agreesWithLocalDateParseOnAnyText() {
    qt().withFixedSeed(SEED + 2)
        .withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            text -> assertEquals(text.length() == 10 ? reference(text) : null, read(text)));
  }

  @Test
  void examples() {
    assertEquals(LocalDate.of(2014, 7, 31), read("2014-07-31"));
    assertEquals(LocalDate.of(2024, 2, 29), read("2024-02-29"));
    assertEquals(LocalDate.of(0, 1, 1), read("0000-01-01"));
    assertEquals(PartialDate.ofYear(2021), PartialDate.parse("2021"));
    assertEquals(PartialDate.ofYearMonth(2021, 3), PartialDate.parse("2021-03"));
    assertEquals("2021", PartialDate.parse("2021").toString());
    assertEquals("2021-03", PartialDate.parse("2021-03").toString());
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latest());
    assertEquals(LocalDate.of(2023, 2, 28), PartialDate.parse("2023-02").latest());
    assertEquals(LocalDate.of(2021, 12, 31), PartialDate.parse("2021").latest());
    assertNull(read("2023-02-29"), "not a leap year");
    assertNull(read("2014-13-01"));
    assertNull(read("2014-00-10"));
    assertNull(read("2014-7-31"));
    assertNull(read("2014/07/31"));
    assertNull(read("+2014-07-3"));
    assertNull(read("2014-07-31T00:00"));
    assertNull(read("\u0662\u0660\u0661\u0664-07-31"), "Arabic-Indic digits are not ASCII digits");
    assertNull(read(""));
  }

  @Test
  void refusesWhatIsNotOneOfTheThreeForms() {
    assertEquals(
        InvalidValueException.Reason.BLANK,
        assertThrows(InvalidValueException.class, () -> PartialDate.parse(" ")).reason());
    for (String text :
        new String[] {
          "21",
          "202",
          "20210",
          "2021-3",
          "2021-003",
          "2021/03",
          "2021-03-1",
          "+2021",
          "2021-03-15T00:00",
          "mars 2021",
          "2021-"
        }) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> PartialDate.parse(text), text);
      assertEquals(InvalidValueException.Reason.INVALID_FORMAT, e.reason(), text);
      assertEquals("partialDate.invalidFormat", e.code());
    }
    for (String text : new String[] {"2021-13", "2021-00", "2021-02-30", "2023-02-29"}) {
      assertEquals(
          InvalidValueException.Reason.OUT_OF_RANGE,
          assertThrows(InvalidValueException.class, () -> PartialDate.parse(text), text).reason(),
          text);
    }
  }

  @Test
  void readsMonthsAndYearsAsJavaTimeDoes() {
    qt().withFixedSeed(SEED + 3)
        .withExamples(5_000)
        .forAll(integers().between(0, 9999), integers().between(0, 99))
        .checkAssert(
            (year, month) -> {
              String text = String.format("%04d-%02d", year, month);
              YearMonth expected;
              try {
                expected = YearMonth.parse(text);
              } catch (DateTimeParseException e) {
                expected = null;
              }
              PartialDate read;
              try {
                read = PartialDate.parse(text);
              } catch (InvalidValueException e) {
                read = null;
              }
              assertEquals(expected == null ? null : PartialDate.of(expected), read, text);
              assertEquals(
                  PartialDate.of(Year.of(year)), PartialDate.parse(String.format("%04d", year)));
            });
  }

  @Test
  void writesBackWhatItRead() {
    qt().withFixedSeed(SEED + 4)
        .withExamples(10_000)
        .forAll(PtceGenerators.partialDates())
        .checkAssert(date -> assertEquals(date, PartialDate.parse(date.toString())));
  }

  @Test
  void comparesByTheDaysItMayBe() {
    qt().withFixedSeed(SEED + 5)
        .withExamples(10_000)
        .forAll(PtceGenerators.partialDates(), PtceGenerators.plausibleDates())
        .checkAssert(
            (date, day) -> {
              // Exactly one of: certainly before, certainly after, or a day it may be.
              int holds =
                  (date.isBefore(day) ? 1 : 0)
                      + (date.isAfter(day) ? 1 : 0)
                      + (date.contains(day) ? 1 : 0);
              assertEquals(1, holds, date + " against " + day);
              assertEquals(date.isBefore(day), date.latest().isBefore(day));
              assertEquals(date.isAfter(day), date.earliest().isAfter(day));
              assertFalse(date.latest().isBefore(date.earliest()));
              // An exact date is never undecided.
              if (date.isExact()) {
                assertEquals(!day.equals(date.earliest()), date.isBefore(day) || date.isAfter(day));
              }
            });
  }

  @Test
  void aYearIsBeforeTheNextYearAndUndecidedWithinItself() {
    PartialDate year = PartialDate.parse("2021");
    assertTrue(year.isBefore(LocalDate.of(2022, 1, 1)));
    assertTrue(year.isAfter(LocalDate.of(2020, 12, 31)));
    assertFalse(year.isBefore(LocalDate.of(2021, 6, 15)));
    assertFalse(year.isAfter(LocalDate.of(2021, 6, 15)));
    assertTrue(year.contains(LocalDate.of(2021, 6, 15)));
    assertTrue(PartialDate.parse("2021-03").isBefore(PartialDate.parse("2021-04-01")));
    assertFalse(PartialDate.parse("2021").isBefore(PartialDate.parse("2021-04-01")));
    assertTrue(PartialDate.parse("2022").isAfter(PartialDate.parse("2021-12")));
  }

  @Test
  void equalsTheSamePeriodAtTheSamePrecision() {
    assertFalse(PartialDate.parse("2021").equals(PartialDate.parse("2021-01-01")));
    assertFalse(PartialDate.parse("2021").equals(PartialDate.parse("2021-01")));
    assertEquals(
        PartialDate.parse("2021-01").hashCode(), PartialDate.ofYearMonth(2021, 1).hashCode());
    assertEquals(PartialDate.of(LocalDate.of(2021, 1, 1)), PartialDate.parse("2021-01-01"));
  }
}
