package io.github.ptce.registers.internal;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.id.Rna;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.registers.Headcount;
import io.github.ptce.registers.HeadcountBand;
import io.github.ptce.registers.RegisterCommune;
import io.github.ptce.registers.RegisterFact;
import io.github.ptce.registers.RegisterSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reading the register's texts into typed values, the same way for the stock files and the API: a
 * value outside the documented codes, a masked value or INSEE's {@code 1900-01-01} is absent (null
 * here), never guessed.
 */
public final class Values {
  /** What INSEE writes for a value withheld under partial diffusion. */
  public static final String STOCK_MASK = "[ND]";

  /** What the API writes for the same. */
  public static final String API_MASK = "[NON-DIFFUSIBLE]";

  private static final LocalDate UNKNOWN_DATE = LocalDate.of(1900, 1, 1);

  private Values() {}

  /**
   * Returns the text stripped, or null when null or blank.
   *
   * @param raw the text
   * @return the stripped text or null
   */
  public static @Nullable String text(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String stripped = raw.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Returns whether a text is a diffusion mask.
   *
   * @param raw the text
   * @return true for {@code [ND]} or {@code [NON-DIFFUSIBLE]}
   */
  public static boolean isMask(@Nullable String raw) {
    return STOCK_MASK.equals(raw) || API_MASK.equals(raw);
  }

  /**
   * Reads a date written {@code AAAA-MM-JJ} (a time after it is ignored).
   *
   * @param raw the text
   * @return the date; null when absent, malformed or {@code 1900-01-01} (INSEE's "unknown")
   */
  public static @Nullable LocalDate date(@Nullable String raw) {
    String text = text(raw);
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.substring(0, 10));
      return date.equals(UNKNOWN_DATE) ? null : date;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Reads a date and time written {@code AAAA-MM-JJTHH:MM:SS(.mmm)} or with a space; a date alone
   * is midnight.
   *
   * @param raw the text
   * @return the date-time, or null when absent or malformed
   */
  public static @Nullable LocalDateTime dateTime(@Nullable String raw) {
    String text = text(raw);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Reads a legal category.
   *
   * @param raw four digits
   * @return the category, or null
   */
  public static @Nullable LegalCategory legalCategory(@Nullable String raw) {
    String text = text(raw);
    try {
      return text == null ? null : LegalCategory.parse(text);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * Reads a commune code, keeping an arrondissement as published.
   *
   * @param raw five characters
   * @return the commune, or null (abroad, masked, malformed)
   */
  public static @Nullable RegisterCommune commune(@Nullable String raw) {
    String text = text(raw);
    try {
      return text == null || isMask(text) ? null : RegisterCommune.of(CommuneCode.parse(text));
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * Reads an RNA number.
   *
   * @param raw {@code W} and nine characters
   * @return the number, or null
   */
  public static @Nullable Rna rna(@Nullable String raw) {
    String text = text(raw);
    try {
      return text == null ? null : Rna.parse(text);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /**
   * Reads a headcount band and its year.
   *
   * @param band the band code
   * @param year the year, four digits, or null
   * @return the headcount, or null when the band is absent or not in INSEE's table
   */
  public static @Nullable Headcount headcount(@Nullable String band, @Nullable String year) {
    String code = text(band);
    Optional<HeadcountBand> parsed = code == null ? Optional.empty() : HeadcountBand.fromCode(code);
    if (parsed.isEmpty()) {
      return null;
    }
    String y = text(year);
    Optional<Year> validYear = Optional.empty();
    if (y != null && y.matches("\\d{4}")) {
      validYear = Optional.of(Year.of(Integer.parseInt(y)));
    }
    return new Headcount(parsed.get(), validYear);
  }

  /**
   * Reads a boolean written {@code true}/{@code false} in any case.
   *
   * @param raw the text
   * @return the value, or null
   */
  public static @Nullable Boolean bool(@Nullable String raw) {
    String text = text(raw);
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    return "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
  }

  /**
   * Wraps a value with its provenance.
   *
   * @param <T> the value type
   * @param value the value, or null
   * @param raw the text it was read from
   * @param field the column or JSON field
   * @param source the source
   * @return the fact, or null when the value is null
   */
  public static <T> @Nullable RegisterFact<T> fact(
      @Nullable T value, @Nullable String raw, String field, RegisterSource source) {
    return value == null
        ? null
        : new RegisterFact<>(
            value, raw == null ? String.valueOf(value) : raw.strip(), field, source);
  }
}
