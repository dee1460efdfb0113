package io.github.ptce.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One condition of a scheme, citing the text it encodes.
 *
 * <p>A criterion is one class (like a Checkstyle check): a stable {@link #id()}, how it is decided,
 * its {@link LegalBasis}, the period in which it applies, a title, and an {@link
 * #evaluate(Evaluation)} that returns an outcome with its reason, the facts it misses and what to
 * do. Its texts live in the {@code messages.properties} and {@code messages_fr.properties} of its
 * scheme's package.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every evaluation.
 */
public interface Criterion {

  /**
   * Returns the stable id, e.g. {@code fr.law.2014-856.art9.i.sse-enterprises}. Renaming it is a
   * breaking change.
   *
   * @return the id
   */
  String id();

  /**
   * Returns how the criterion is decided.
   *
   * @return automated, declared or assessed
   */
  CriterionKind kind();

  /**
   * Returns whether an {@link Assessment} may decide the criterion.
   *
   * <p>A {@link CriterionKind#DECLARED DECLARED} or {@link CriterionKind#ASSESSED ASSESSED}
   * criterion always may, and an assessment then decides it in place of its evaluation. An {@link
   * CriterionKind#AUTOMATED AUTOMATED} criterion is decided by the data; the engine refuses an
   * assessment of it, unless it returns true here: then an assessment decides only what the data
   * leave unknown (a perimeter that straddles a région's border, a carrier of a type the scheme's
   * list does not name), and the data decide the rest, the report saying that the assessment was
   * not used.
   *
   * @return by default, true unless the criterion is {@link CriterionKind#AUTOMATED AUTOMATED}
   */
  default boolean acceptsAssessment() {
    return kind() != CriterionKind.AUTOMATED;
  }

  /**
   * Returns the text the criterion encodes, in the version that applies at a date.
   *
   * @param asOf the evaluation date
   * @return the legal basis
   */
  LegalBasis legalBasis(LocalDate asOf);

  /**
   * Returns every version of the legal basis over the criterion's validity, oldest first: what a
   * catalogue without an evaluation date cites.
   *
   * <p>The version that applies at a date entered into force on or before it ({@link
   * LegalBasis#versionDate()}), so the versions are found from the last day of the validity (or a
   * far date when it is open-ended) backwards, asking each time for the day before the version
   * found entered into force.
   *
   * @return the versions, at least one
   */
  default List<LegalBasis> legalBases() {
    Validity validity = validity();
    LocalDate date = validity.to().orElse(LocalDate.of(9999, 12, 31));
    List<LegalBasis> versions = new ArrayList<>(2);
    for (int guard = 0; guard < 100 && !date.isBefore(validity.from()); guard++) {
      LegalBasis basis = legalBasis(date);
      if (!versions.contains(basis)) {
        versions.add(0, basis);
      }
      LocalDate before = basis.versionDate().minusDays(1);
      if (!before.isBefore(date)) {
        break;
      }
      date = before;
    }
    return List.copyOf(versions);
  }

  /**
   * Returns the period in which the criterion applies; outside it the criterion is not applicable.
   *
   * @return the validity
   */
  Validity validity();

  /**
   * Returns a short title, e.g. "At least one SSE enterprise".
   *
   * @return the title
   */
  Message title();

  /**
   * Evaluates the criterion. Called only at a date within {@link #validity()}; never throws on a
   * valid cluster.
   *
   * @param evaluation the cluster, the date and the shared findings of this evaluation
   * @return the result
   */
  CriterionResult evaluate(Evaluation evaluation);
}
