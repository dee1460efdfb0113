package io.github.ptce.registers;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether a legal unit employs staff, as far as the employer flags of its <em>active</em>
 * establishments tell.
 *
 * <p>The source is {@code caractereEmployeurEtablissement} (API: {@code
 * siege.caractere_employeur}), fed by the URSSAF hiring and end-of-employment declarations. The
 * unit's own {@code caractereEmployeurUniteLegale} (API {@code caractere_employeur}) is not used:
 * INSEE no longer manages it and it is always null (registers.md § 1.2). The headcount band is not
 * used either: it describes 31 December two years before the extract and INSEE says it has no
 * direct link with the employer flag; it is given beside, in {@link LegalUnit#headcount()}, for a
 * person to weigh. Closed establishments are left out: their flag keeps its last value.
 *
 * <p>{@link #employs()} is yes when one active establishment is flagged employer, no when every
 * active establishment is known and flagged non-employer, and unknown otherwise (no active
 * establishment, a null flag, or, from the API, active establishments other than the head office
 * whose flags it does not give).
 *
 * @param activeEstablishments how many establishments of the unit are active, when the source says
 * @param examined how many active establishments' flags were read
 * @param employer how many of those are flagged {@code O}
 * @param nonEmployer how many of those are flagged {@code N}
 * @param field the column or JSON field read
 * @param source where it was read
 */
public record EmployerEvidence(
    OptionalInt activeEstablishments,
    int examined,
    int employer,
    int nonEmployer,
    String field,
    RegisterSource source) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the counts are negative or inconsistent
   */
  public EmployerEvidence {
    Objects.requireNonNull(activeEstablishments, "activeEstablishments");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(source, "source");
    if (employer < 0
        || nonEmployer < 0
        || employer + nonEmployer > examined
        || (activeEstablishments.isPresent() && examined > activeEstablishments.getAsInt())) {
      throw new IllegalArgumentException(
          "inconsistent counts: active "
              + activeEstablishments
              + ", examined "
              + examined
              + ", employer "
              + employer
              + ", non-employer "
              + nonEmployer);
    }
  }

  /**
   * Returns whether the unit employs staff, as the flags tell.
   *
   * @return true when an active establishment is an employer, false when all active establishments
   *     are known non-employers, empty otherwise
   */
  public Optional<Boolean> employs() {
    if (employer > 0) {
      return Optional.of(Boolean.TRUE);
    }
    int active = activeEstablishments.orElse(-1);
    return active > 0 && nonEmployer == active ? Optional.of(Boolean.FALSE) : Optional.empty();
  }
}
