package io.github.ptce.rules.render;

import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SchemeOutcome;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words of the renderers in one language, and the way numbers and amounts are written in it.
 *
 * <p>French for a French locale, English otherwise; the JVM's default locale is never read. The two
 * instances are built once; the words of enumerated values are their {@link Labels}, looked up when
 * the class loads, so rendering only indexes arrays. Immutable and thread-safe.
 */
final class Words {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  /** The symbols of the scheme outcomes, in {@link SchemeOutcome} order. */
  private static final String[] SCHEME_SYMBOLS = {"✔", "✘", "?", "–"};

  /** The symbols of the criterion outcomes, in {@link Outcome} order. */
  private static final String[] CRITERION_SYMBOLS = {"✔", "✘", "?", "–"};

  private static final Words ENGLISH = new Words(Locale.ENGLISH);
  private static final Words FRENCH = new Words(Locale.FRENCH);

  private final Locale locale;
  private final boolean french;
  private final String[] schemeOutcomes;
  private final String[] criterionOutcomes;
  private final String[] kinds;
  private final String[] issuers;
  private final String[] decisions;

  private Words(Locale locale) {
    this.locale = locale;
    this.french = MessageBundle.isFrench(locale);
    this.schemeOutcomes = labels(SchemeOutcome.values());
    this.criterionOutcomes = labels(Outcome.values());
    this.kinds = labels(SchemeKind.values());
    this.issuers = labels(Issuer.Kind.values());
    this.decisions = labels(CriterionKind.values());
  }

  /**
   * The labels of an enumeration ({@link Labels}: one vocabulary for the rules and the renderers).
   */
  private String[] labels(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (Enum<?> value : values) {
      out[value.ordinal()] = Labels.of(value).text(locale);
    }
    return out;
  }

  /**
   * Returns the words of a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return the words
   */
  static Words of(Locale locale) {
    return MessageBundle.isFrench(Objects.requireNonNull(locale, "locale")) ? FRENCH : ENGLISH;
  }

  Locale locale() {
    return locale;
  }

  /** The language code written in documents: {@code fr} or {@code en}. */
  String language() {
    return french ? "fr" : "en";
  }

  String get(String key) {
    return BUNDLE.template(locale, key);
  }

  String get(String key, String name, String value) {
    return BUNDLE.format(locale, key, Map.of(name, value));
  }

  String get(String key, Map<String, String> arguments) {
    return BUNDLE.format(locale, key, arguments);
  }

  /**
   * What follows a label: {@code ": "} in English, {@code " : "} (no-break space first) in French.
   */
  String colon() {
    return french ? "\u00a0: " : ": ";
  }

  String text(Message message) {
    return message.text(locale);
  }

  String outcome(SchemeOutcome outcome) {
    return schemeOutcomes[outcome.ordinal()];
  }

  String outcome(Outcome outcome) {
    return criterionOutcomes[outcome.ordinal()];
  }

  static String symbol(SchemeOutcome outcome) {
    return SCHEME_SYMBOLS[outcome.ordinal()];
  }

  static String symbol(Outcome outcome) {
    return CRITERION_SYMBOLS[outcome.ordinal()];
  }

  String kind(SchemeKind kind) {
    return kinds[kind.ordinal()];
  }

  /**
   * The kind of issuer, then its name when it has one: {@code région}, {@code foundation: Example
   * Foundation}.
   */
  String issuer(Issuer issuer) {
    String kind = issuers[issuer.kind().ordinal()];
    return issuer.name().map(name -> kind + colon() + name.text(locale)).orElse(kind);
  }

  String decidedBy(CriterionKind kind) {
    return decisions[kind.ordinal()];
  }

  /** A whole percentage: {@code 57%} in English, {@code 57 %} (no-break space) in French. */
  String percent(int value) {
    return french ? value + "\u00a0%" : value + "%";
  }

  /** A percentage with decimals: {@code 62.50%} in English, {@code 62,50 %} in French. */
  String percent(BigDecimal value) {
    String plain = value.toPlainString();
    return french ? plain.replace('.', ',') + "\u00a0%" : plain + "%";
  }

  /**
   * An amount of euros: {@code €60,000} or {@code €1,234.50} in English, {@code 60 000 €} or {@code
   * 1 234,50 €} in French (no-break spaces); cents are written only when there are some.
   */
  String amount(Amount amount) {
    String plain = amount.euros().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String cents = dot < 0 ? "" : plain.substring(dot + 1);
    boolean showCents = !cents.isEmpty() && !"00".equals(cents);
    StringBuilder out = new StringBuilder(whole.length() + 8);
    if (!french) {
      out.append('€');
    }
    char group = french ? '\u00a0' : ',';
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    if (showCents) {
      out.append(french ? ',' : '.').append(cents);
    }
    if (french) {
      out.append("\u00a0€");
    }
    return out.toString();
  }
}
