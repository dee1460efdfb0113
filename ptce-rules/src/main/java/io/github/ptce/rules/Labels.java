package io.github.ptce.rules;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How values are shown to a person: an enumerated value by its label ({@code
 * LOCAL_AUTHORITY_GROUPING} is "grouping of local authorities", « groupement de collectivités »), a
 * date as it is known ({@code 2021}, « mars 2021 » / "March 2021", {@code 2021-03-15}), with the
 * preposition that suits its precision when it stands in a sentence. Criteria pass values
 * themselves as message arguments; the message shows them in its reader's language.
 *
 * <p><b>Dates in sentences.</b> A date known to the day, the month or the year does not take the
 * same words: "on 2021-03-15" but "in March 2021", « le 2021-03-15 » but « en mars 2021 » or « en
 * 2021 ». So a template never writes the preposition before a date placeholder: the argument brings
 * it. A date passed as it is (a {@link PartialDate} or a {@link LocalDate}) reads as a point in
 * time ({@link #on}); {@link #since}, {@link #from}, {@link #until} and {@link #between} give the
 * other forms, and {@link #of(PartialDate)} the date alone (in parentheses, after a colon). Days
 * are written {@code yyyy-MM-dd} in both languages, as everywhere in the reports.
 */
public final class Labels {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "labels");

  private Labels() {}

  /**
   * Returns the label of an enumerated value of the model or the rules.
   *
   * @param value the value
   * @return its label, from the key {@code <simple class name>.<constant>} ({@code
   *     Issuer.Kind.STATE} for a nested type) of the library's labels; the constant name where
   *     there is none (a test keeps every enumeration a person reads labelled)
   */
  public static LocalizedText of(Enum<?> value) {
    return new EnumLabel(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the labels of enumerated values, joined with commas in their order.
   *
   * @param values the values
   * @return the text, {@code —} when there is none
   */
  public static LocalizedText of(Collection<? extends Enum<?>> values) {
    List<LocalizedText> labels = new ArrayList<>(values.size());
    for (Enum<?> value : values) {
      labels.add(of(value));
    }
    return new LabelList(List.copyOf(labels));
  }

  /**
   * Returns a date alone, as it is known: the day ({@code 2021-03-15}), the month (« mars 2021 »,
   * "March 2021") or the year ({@code 2021}). For a date in a sentence, see {@link
   * #on(PartialDate)} and the other forms.
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText of(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"), null, null);
  }

  /**
   * Returns a date as a point in time, with its preposition: "on 2021-03-15", "in March 2021", "in
   * 2021"; « le 2021-03-15 », « en mars 2021 », « en 2021 ». What a date passed as a message
   * argument reads as.
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText on(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"), null, "on");
  }

  /**
   * Returns a date as the start of a state that lasts: "since 2021-03-15", "since March 2021"; «
   * depuis le 2021-03-15 », « depuis mars 2021 », « depuis 2021 ».
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText since(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"), null, "since");
  }

  /**
   * Returns a date as the start of a period: "from 2021-03-15", "from March 2021"; « à partir du
   * 2021-03-15 », « à partir de mars 2021 », « à partir d'avril 2021 ».
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText from(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"), null, "from");
  }

  /**
   * Returns a date as the end of a period: "until 2021-03-15", "until March 2021"; « jusqu'au
   * 2021-03-15 », « jusqu'en mars 2021 », « jusqu'en 2021 ».
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText until(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"), null, "until");
  }

  /**
   * Returns a period between two dates: "from 2020-03-02 to 2025-03-01", "from March 2020 to 2025";
   * « du 2020-03-02 au 2025-03-01 », « de mars 2020 à 2025 », « du 2020-03-02 jusqu'en 2025 ».
   *
   * @param from the first date
   * @param to the last date
   * @return the text
   */
  public static LocalizedText between(PartialDate from, PartialDate to) {
    return new DateText(
        Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), "range");
  }

  /**
   * Returns a day as a point in time: see {@link #on(PartialDate)}.
   *
   * @param day the day
   * @return the text
   */
  public static LocalizedText on(LocalDate day) {
    return on(PartialDate.of(day));
  }

  /**
   * Returns a day as the start of a period: see {@link #from(PartialDate)}.
   *
   * @param day the day
   * @return the text
   */
  public static LocalizedText from(LocalDate day) {
    return from(PartialDate.of(day));
  }

  /**
   * Returns a day as the end of a period: see {@link #until(PartialDate)}.
   *
   * @param day the day
   * @return the text
   */
  public static LocalizedText until(LocalDate day) {
    return until(PartialDate.of(day));
  }

  /**
   * Returns whether the library has a label for a value.
   *
   * @param value the value
   * @return true if the labels define {@code <simple class name>.<constant>}
   */
  public static boolean has(Enum<?> value) {
    return BUNDLE.contains(key(value));
  }

  /** The text of an argument of a message: a value shown in the reader's language. */
  static String text(Object value, Locale locale) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof LocalizedText t) {
      return t.text(locale);
    }
    throw new IllegalArgumentException("not a message argument: " + value.getClass().getName());
  }

  /**
   * A message argument made of a value: texts stay, other values become the text that shows them; a
   * date reads as a point in time ({@link #on(PartialDate)}).
   */
  static Object argument(Object value) {
    Objects.requireNonNull(value, "a message argument");
    if (value instanceof String || value instanceof LocalizedText) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return of(e);
    }
    if (value instanceof PartialDate d) {
      return on(d);
    }
    if (value instanceof LocalDate d) {
      return on(d);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a message argument: " + value.getClass().getName());
  }

  /**
   * {@code Outcome.MET}; a nested enumeration is named with its enclosing type: {@code
   * Issuer.Kind.STATE}.
   */
  private static String key(Enum<?> value) {
    StringBuilder key = new StringBuilder(value.name());
    for (Class<?> type = value.getDeclaringClass(); type != null; type = type.getEnclosingClass()) {
      key.insert(0, type.getSimpleName() + ".");
    }
    return key.toString();
  }

  private record EnumLabel(Enum<?> value) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      String key = key(value);
      return BUNDLE.contains(key) ? BUNDLE.template(locale, key) : value.name();
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }

  private record LabelList(List<LocalizedText> labels) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      if (labels.isEmpty()) {
        return "—";
      }
      StringBuilder out = new StringBuilder();
      for (LocalizedText label : labels) {
        out.append(out.length() == 0 ? "" : ", ").append(label.text(locale));
      }
      return out.toString();
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }

  /**
   * A date, or a period between two, in a form: none (the date alone), {@code on}, {@code since},
   * {@code from}, {@code until} or {@code range}; the words of each form, by precision, are the
   * labels {@code date.<form>.DAY} and {@code date.<form>.PERIOD} (a month or a year), {@code
   * date.range.<from>.<to>} for a period.
   */
  private record DateText(PartialDate date, @Nullable PartialDate to, @Nullable String form)
      implements LocalizedText {
    @Override
    public String text(Locale locale) {
      if (form == null) {
        return bare(date, locale);
      }
      // Only a range (form "range") has an end.
      String key =
          to != null
              ? "date.range." + precision(date) + "." + precision(to)
              : "date." + form + "." + precision(date);
      Map<String, String> arguments =
          to == null
              ? Map.of("date", bare(date, locale))
              : Map.of("from", bare(date, locale), "to", bare(to, locale));
      String text = BUNDLE.format(locale, key, arguments);
      return MessageBundle.isFrench(locale) ? elide(text) : text;
    }

    private static String precision(PartialDate date) {
      return date.precision() == PartialDate.Precision.DAY ? "DAY" : "PERIOD";
    }

    private static String bare(PartialDate date, Locale locale) {
      return switch (date.precision()) {
        case DAY, YEAR -> date.toString();
        case MONTH -> {
          Month month = date.month().orElseThrow();
          Locale language = MessageBundle.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
          yield month.getDisplayName(TextStyle.FULL, language) + " " + date.year();
        }
      };
    }

    /** « de avril » is « d'avril »: the French months that start with a vowel. */
    private static String elide(String text) {
      return text.replace("de avril", "d'avril")
          .replace("de août", "d'août")
          .replace("de octobre", "d'octobre");
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }
}
