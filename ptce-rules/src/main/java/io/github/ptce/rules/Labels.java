package io.github.ptce.rules;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * How values are shown to a person: an enumerated value by its label ({@code LOCAL_AUTHORITY_GROUPING} is
 * "grouping of local authorities", « groupement de collectivités »), a date as it is known ({@code 2021},
 * « mars 2021 » / "March 2021", {@code 2021-03-15}). Criteria pass values themselves as message arguments; the
 * message shows them in its reader's language.
 */
public final class Labels {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "labels");

  private Labels() {}

  /**
   * Returns the label of an enumerated value of the model or the rules.
   *
   * @param value the value
   * @return its label, from the key {@code <simple class name>.<constant>} of the library's labels; the constant
   *     name where there is none (a test keeps every model enumeration labelled)
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
  public static LocalizedText of(java.util.Collection<? extends Enum<?>> values) {
    java.util.List<LocalizedText> labels = new java.util.ArrayList<>(values.size());
    for (Enum<?> value : values) {
      labels.add(of(value));
    }
    return new LabelList(java.util.List.copyOf(labels));
  }

  /**
   * Returns a date as it is known: the day ({@code 2021-03-15}), the month (« mars 2021 », "March 2021") or the
   * year ({@code 2021}).
   *
   * @param date the date
   * @return the text
   */
  public static LocalizedText of(PartialDate date) {
    return new DateText(Objects.requireNonNull(date, "date"));
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

  /** A message argument made of a value: texts stay, other values become the text that shows them. */
  static Object argument(Object value) {
    Objects.requireNonNull(value, "a message argument");
    if (value instanceof String || value instanceof LocalizedText) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return of(e);
    }
    if (value instanceof PartialDate d) {
      return d.isExact() ? d.toString() : of(d);
    }
    if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a message argument: " + value.getClass().getName());
  }

  private static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  private record EnumLabel(Enum<?> value) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      String key = key(value);
      return BUNDLE.contains(key) ? BUNDLE.format(locale, key, java.util.Map.of()) : value.name();
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }

  private record LabelList(java.util.List<LocalizedText> labels) implements LocalizedText {
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

  private record DateText(PartialDate date) implements LocalizedText {
    @Override
    public String text(Locale locale) {
      return switch (date.precision()) {
        case DAY, YEAR -> date.toString();
        case MONTH -> {
          Month month = date.month().orElseThrow();
          Locale language = MessageBundle.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
          yield month.getDisplayName(TextStyle.FULL, language) + " " + date.year();
        }
      };
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }
}
