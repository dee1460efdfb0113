package io.github.ptce.rules.spi;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Participant;
import io.github.ptce.rules.Validity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A base for criteria: holds the id, kind, legal basis, validity and message bundle, and makes
 * results short to write.
 *
 * <p>Message keys follow one convention: {@code <criterion id>.title} for the title and {@code
 * <criterion id>.<reason>} for everything else, in the {@code messages.properties} and {@code
 * messages_fr.properties} of the scheme's package. A missing key fails at class loading of the
 * scheme's tests, never in production.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class BaseCriterion implements Criterion {
  private final String id;
  private final CriterionKind kind;
  private final LegalBasis legalBasis;
  private final Validity validity;
  private final MessageBundle bundle;
  private final Message title;

  /**
   * The bundle's keys of this criterion by reason ({@code "met"} → {@code "<id>.met"}), the very
   * String instances the bundle holds. A criterion makes a dozen messages per evaluation: looking
   * the key up here by a literal reason (whose hash is cached) spares building {@code id + "." +
   * reason} and hashing it anew each time, which was about a seventh of the time of an Art. 9
   * evaluation. Immutable.
   */
  private final Map<String, String> keys;

  /**
   * Creates the criterion.
   *
   * @param id the stable id
   * @param kind how it is decided
   * @param legalBasis the text it encodes
   * @param validity when it applies
   * @param bundle the messages of the scheme's package
   */
  protected BaseCriterion(
      String id,
      CriterionKind kind,
      LegalBasis legalBasis,
      Validity validity,
      MessageBundle bundle) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.title = Message.of(bundle, id + ".title", Map.of());
    String prefix = id + ".";
    Map<String, String> byReason = new HashMap<>();
    for (String key : bundle.keys(Locale.ENGLISH)) {
      if (key.startsWith(prefix)) {
        byReason.put(key.substring(prefix.length()), key);
      }
    }
    this.keys = Map.copyOf(byReason);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final CriterionKind kind() {
    return kind;
  }

  /** Returns the legal basis; override when the text has several versions. */
  @Override
  public LegalBasis legalBasis(LocalDate asOf) {
    return legalBasis;
  }

  @Override
  public final Validity validity() {
    return validity;
  }

  @Override
  public final Message title() {
    return title;
  }

  /**
   * Returns the message bundle of the scheme's package.
   *
   * @return the bundle
   */
  protected final MessageBundle bundle() {
    return bundle;
  }

  /**
   * Returns the message {@code <id>.<reason>} with arguments given as name, value pairs.
   *
   * @param reason the key suffix
   * @param namesAndValues alternating argument names (strings) and values: texts, or values shown
   *     in the reader's language (an enumerated value, a {@link
   *     io.github.ptce.core.time.PartialDate}, a {@link io.github.ptce.rules.LocalizedText}); a
   *     date reads as a point in time, with its preposition ("on 2021-03-15", "in March 2021"): the
   *     template writes none, and {@link io.github.ptce.rules.Labels} gives the other forms
   * @return the message
   */
  protected final Message message(String reason, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    String key = keys.get(reason);
    // An unknown reason keeps the old path, so that Message.of reports the missing key as before.
    return Message.of(bundle, key != null ? key : id + "." + reason, arguments(namesAndValues));
  }

  /**
   * The arguments as an immutable map, built directly: {@link Message#of} keeps such a map as it is
   * instead of copying a {@link HashMap}. A name given twice keeps its last value, as before.
   */
  private static Map<String, Object> arguments(Object... namesAndValues) {
    Object[] a = namesAndValues;
    for (int i = 0; i < a.length; i += 2) {
      if (!(a[i] instanceof String)) {
        throw new IllegalArgumentException("argument names are strings: " + a[i]);
      }
    }
    if (distinctNames(a)) {
      switch (a.length) {
        case 0:
          return Map.of();
        case 2:
          return Map.of((String) a[0], a[1]);
        case 4:
          return Map.of((String) a[0], a[1], (String) a[2], a[3]);
        case 6:
          return Map.of((String) a[0], a[1], (String) a[2], a[3], (String) a[4], a[5]);
        case 8:
          return Map.of(
              (String) a[0], a[1], (String) a[2], a[3], (String) a[4], a[5], (String) a[6], a[7]);
        case 10:
          return Map.of(
              (String) a[0],
              a[1],
              (String) a[2],
              a[3],
              (String) a[4],
              a[5],
              (String) a[6],
              a[7],
              (String) a[8],
              a[9]);
        case 12:
          return Map.of(
              (String) a[0],
              a[1],
              (String) a[2],
              a[3],
              (String) a[4],
              a[5],
              (String) a[6],
              a[7],
              (String) a[8],
              a[9],
              (String) a[10],
              a[11]);
        default:
          break;
      }
    }
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }

  private static boolean distinctNames(Object[] namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      for (int j = i + 2; j < namesAndValues.length; j += 2) {
        if (namesAndValues[i].equals(namesAndValues[j])) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Starts a result.
   *
   * @param outcome the outcome
   * @param reason the key suffix of the reason
   * @param namesAndValues the arguments of the reason
   * @return a result builder
   */
  protected final CriterionResult.Builder result(
      Outcome outcome, String reason, Object... namesAndValues) {
    return CriterionResult.builder(outcome, message(reason, namesAndValues));
  }

  /**
   * Starts the result of a criterion that asks whether some participant has a property ("there
   * exists", {@link Census#exists()}) when the census leaves it open, worded by the first reason
   * that applies:
   *
   * <ul>
   *   <li>{@code unknown} (argument {@code names}): whether some participants have the property is
   *       not known; remediation {@code remedy.complete};
   *   <li>{@code presence} ({@code names}): participants that have it may not be members at the
   *       date; the census's {@link Census#presenceRemedy() remediation};
   *   <li>{@code unlisted}: no listed participant can settle it and the list is not declared
   *       complete; remediation {@code remedy.unlisted}.
   * </ul>
   *
   * <p>Then the facts that would settle it ({@link Census#explainUnknown(CriterionResult.Builder,
   * Evaluation, Function)}). The criterion's messages hold the five keys.
   *
   * @param census the census of the criterion
   * @param evaluation the evaluation
   * @param factsOf the facts that would tell whether a participant has the property
   * @return the unknown result, to complete and build
   */
  protected final CriterionResult.Builder unknownWhetherAny(
      Census census, Evaluation evaluation, Function<Participant, List<MissingFact>> factsOf) {
    return unknownWhetherAny(census, evaluation, "presence", factsOf);
  }

  /**
   * As {@link #unknownWhetherAny(Census, Evaluation, Function)}, with the reason given when the
   * participants that have the property may not be members at the date.
   *
   * @param census the census of the criterion
   * @param evaluation the evaluation
   * @param presenceReason the reason of that case, with the argument {@code names}
   * @param factsOf the facts that would tell whether a participant has the property
   * @return the unknown result, to complete and build
   */
  protected final CriterionResult.Builder unknownWhetherAny(
      Census census,
      Evaluation evaluation,
      String presenceReason,
      Function<Participant, List<MissingFact>> factsOf) {
    CriterionResult.Builder result;
    if (!census.undecided().isEmpty()) {
      LocalizedText names = Members.namesOf(census.undecided());
      result =
          result(Outcome.UNKNOWN, "unknown", "names", names)
              .remediation(message("remedy.complete", "names", names));
    } else if (!census.perhapsMembers().isEmpty()) {
      result =
          result(Outcome.UNKNOWN, presenceReason, "names", Members.namesOf(census.perhapsMembers()))
              .remediation(census.presenceRemedy());
    } else {
      result = result(Outcome.UNKNOWN, "unlisted").remediation(message("remedy.unlisted"));
    }
    census.explainUnknown(result, evaluation, factsOf);
    return result;
  }

  /**
   * Returns a missing fact described by the message {@code <id>.<reason>}.
   *
   * @param path the JSON path of the fact in the cluster document
   * @param reason the key suffix of its description
   * @param namesAndValues the arguments of the description
   * @return the missing fact
   */
  protected final MissingFact fact(String path, String reason, Object... namesAndValues) {
    return new MissingFact(path, message(reason, namesAndValues));
  }

  @Override
  public String toString() {
    return id;
  }
}
