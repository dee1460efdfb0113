package io.github.ptce.examples.cli;

import io.github.ptce.examples.EvaluationDates;
import io.github.ptce.examples.Languages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters of option values; their errors become usage errors (exit code 4). */
final class Converters {
  private Converters() {}

  /** {@code fr} or {@code en}. */
  static final class Lang implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return Languages.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a language of ptce (fr, en)"));
    }
  }

  /**
   * A date {@code yyyy-MM-dd} between {@link EvaluationDates#EARLIEST} and {@link
   * EvaluationDates#LATEST}: the range of the service's {@code ?asOf=}, so that a date the service
   * refuses is refused here too, rather than evaluated against no scheme at all. The message the
   * user reads is {@code usage.expected.as-of}.
   */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate date;
      try {
        date = LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date yyyy-MM-dd");
      }
      if (!EvaluationDates.inRange(date)) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not between "
                + EvaluationDates.EARLIEST
                + " and "
                + EvaluationDates.LATEST);
      }
      return date;
    }
  }
}
