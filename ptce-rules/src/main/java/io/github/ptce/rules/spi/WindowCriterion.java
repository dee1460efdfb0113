package io.github.ptce.rules.spi;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * "The scheme takes applications at the date", for a scheme whose opening or closing date is not
 * published.
 *
 * <p>A scheme's {@link io.github.ptce.rules.Scheme#validity() window} is built only from dated
 * facts: where a bound is not published, the window uses the facts that bound it (a call's results
 * published on a day close it the day before; a call named after a year cannot open before that
 * year) and is therefore wider than the real one. This criterion says so inside the window: it is
 * met on the days the sources show the scheme open ({@code knownOpen}, reason {@code open}), and
 * unknown on the others (reason {@code notPublished}), with the missing fact {@code
 * $.assessments[?(@.criterionId=='<id>')]} so that a person who read the call can answer it.
 *
 * <p>Its kind is {@link CriterionKind#AUTOMATED} when a known-open period is given (the dates
 * decide those days, and an assessment answers the others) and {@link CriterionKind#ASSESSED} when
 * none is.
 *
 * <p>Its scheme's bundle must define, after the criterion id: {@code title}, {@code notPublished},
 * {@code fact}, {@code remedy}, and {@code open} when a known-open period is given; the texts
 * receive {@code {date}}, the evaluation date with its preposition ("on 2026-01-15", « le
 * 2026-01-15 »: see {@link Labels#on(LocalDate)}), and, for {@code open}, {@code {period}}, the
 * known-open days ("from 2021-05-12 to 2023-12-31", « du 2021-05-12 au 2023-12-31 »). A missing key
 * fails when the criterion is built.
 *
 * <p>Immutable and thread-safe.
 */
public final class WindowCriterion extends BaseCriterion {
  private final Optional<Validity> knownOpen;

  private WindowCriterion(
      String id,
      LegalBasis basis,
      Validity validity,
      Optional<Validity> knownOpen,
      MessageBundle bundle) {
    // Known-open days are decided by their dates; with none known, only a person who read the call
    // can say.
    super(
        id,
        knownOpen.isPresent() ? CriterionKind.AUTOMATED : CriterionKind.ASSESSED,
        basis,
        validity,
        bundle);
    this.knownOpen = Objects.requireNonNull(knownOpen, "knownOpen");
    message("notPublished");
    message("fact");
    message("remedy");
    if (knownOpen.isPresent()) {
      message("open");
    }
  }

  /**
   * Returns the criterion of a scheme of which no day is known to be open.
   *
   * @param id the stable id
   * @param basis the source of the dates that are known
   * @param validity the scheme's window
   * @param bundle the messages of the scheme's package
   * @return the criterion
   */
  public static WindowCriterion notPublished(
      String id, LegalBasis basis, Validity validity, MessageBundle bundle) {
    return new WindowCriterion(id, basis, validity, Optional.empty(), bundle);
  }

  /**
   * Returns the criterion of a scheme known to be open in a period, and of unknown status outside
   * it.
   *
   * @param id the stable id
   * @param basis the source of the known-open period
   * @param validity the scheme's window
   * @param knownOpen the days the sources show the scheme open
   * @param bundle the messages of the scheme's package
   * @return the criterion
   */
  public static WindowCriterion knownOpen(
      String id, LegalBasis basis, Validity validity, Validity knownOpen, MessageBundle bundle) {
    return new WindowCriterion(id, basis, validity, Optional.of(knownOpen), bundle);
  }

  /**
   * Returns the days the sources show the scheme open.
   *
   * @return the period, empty if none is known
   */
  public Optional<Validity> knownOpen() {
    return knownOpen;
  }

  /** Returns true: a person who read the call answers the days the sources do not show open. */
  @Override
  public boolean acceptsAssessment() {
    return true;
  }

  @Override
  public CriterionResult evaluate(Evaluation evaluation) {
    LocalDate asOf = evaluation.asOf();
    if (knownOpen.isPresent() && knownOpen.get().contains(asOf)) {
      Validity open = knownOpen.get();
      LocalizedText period =
          open.to().isPresent()
              ? Labels.between(PartialDate.of(open.from()), PartialDate.of(open.to().get()))
              : Labels.from(open.from());
      return result(Outcome.MET, "open", "period", period).build();
    }
    LocalizedText date = Labels.on(asOf);
    return result(Outcome.UNKNOWN, "notPublished", "date", date)
        .missing(new MissingFact(MissingFact.assessmentPath(id()), message("fact", "date", date)))
        .remediation(message("remedy", "date", date))
        .build();
  }
}
