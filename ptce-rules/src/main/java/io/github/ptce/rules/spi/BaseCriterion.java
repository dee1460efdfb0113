package io.github.ptce.rules.spi;

import io.github.ptce.core.internal.MessageBundle;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A base for criteria: holds the id, kind, legal basis, validity and message bundle, and makes results
 * short to write.
 *
 * <p>Message keys follow one convention: {@code <criterion id>.title} for the title and
 * {@code <criterion id>.<reason>} for everything else, in the {@code messages.properties} and
 * {@code messages_fr.properties} of the scheme's package. A missing key fails at class loading of the
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
   * Creates the criterion.
   *
   * @param id the stable id
   * @param kind how it is decided
   * @param legalBasis the text it encodes
   * @param validity when it applies
   * @param bundle the messages of the scheme's package
   */
  protected BaseCriterion(String id, CriterionKind kind, LegalBasis legalBasis, Validity validity,
      MessageBundle bundle) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.title = Message.of(bundle, id + ".title", Map.of());
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
   * @param namesAndValues alternating argument names and values
   * @return the message
   */
  protected final Message message(String reason, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Map<String, String> arguments = namesAndValues.length == 0 ? Map.of() : new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Message.of(bundle, id + "." + reason, arguments);
  }

  /**
   * Starts a result.
   *
   * @param outcome the outcome
   * @param reason the key suffix of the reason
   * @param namesAndValues the arguments of the reason
   * @return a result builder
   */
  protected final CriterionResult.Builder result(Outcome outcome, String reason, String... namesAndValues) {
    return CriterionResult.builder(outcome, message(reason, namesAndValues));
  }

  /**
   * Returns a missing fact described by the message {@code <id>.<reason>}.
   *
   * @param path the JSON path of the fact in the cluster document
   * @param reason the key suffix of its description
   * @param namesAndValues the arguments of the description
   * @return the missing fact
   */
  protected final MissingFact fact(String path, String reason, String... namesAndValues) {
    return new MissingFact(path, message(reason, namesAndValues));
  }

  @Override
  public String toString() {
    return id;
  }
}
