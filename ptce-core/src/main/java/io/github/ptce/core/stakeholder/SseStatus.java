package io.github.ptce.core.stakeholder;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of a stakeholder's social and solidarity economy (SSE) status, with its evidence.
 *
 * <p>The {@link #evidence()} says on what the claim rests; the dates go with it: an RCS ESS mention
 * has a registration date; an ESUS agreement has its period. A commercial company with both the
 * mention and the agreement records {@link SseEvidence#ESUS_AGREEMENT} and the mention date.
 * Whether the stakeholder is an SSE enterprise at a given date is decided by the rules (scheme
 * {@code fr.law.2014-856.art1}), not here.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class SseStatus implements WithSseStatus {

  SseStatus() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SseStatus}. */
  public static final class Builder extends ImmutableSseStatus.Builder {
    Builder() {}

    /**
     * Sets the date of registration with the ESS mention, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder essMentionDate(LocalDate day) {
      essMentionDate(PartialDate.of(day));
      return this;
    }
  }

  /**
   * Returns the status when nothing is known.
   *
   * @return a status with evidence {@link SseEvidence#UNKNOWN}
   */
  public static SseStatus unknown() {
    return builder().evidence(SseEvidence.UNKNOWN).build();
  }

  /**
   * Returns the status of a declared conventional (non-SSE) enterprise.
   *
   * @return a status with evidence {@link SseEvidence#NOT_SSE}
   */
  public static SseStatus notSse() {
    return builder().evidence(SseEvidence.NOT_SSE).build();
  }

  /**
   * Returns the status of an SSE enterprise by legal form.
   *
   * @return a status with evidence {@link SseEvidence#BY_LEGAL_FORM}
   */
  public static SseStatus byLegalForm() {
    return builder().evidence(SseEvidence.BY_LEGAL_FORM).build();
  }

  /**
   * Returns the status of a commercial company registered with the ESS mention.
   *
   * @param registeredOn the date of the registration with the mention
   * @return a status with evidence {@link SseEvidence#ESS_MENTION}
   */
  public static SseStatus essMention(LocalDate registeredOn) {
    return essMention(PartialDate.of(registeredOn));
  }

  /**
   * Returns the status of a commercial company registered with the ESS mention, at a date known in
   * part.
   *
   * @param registeredOn the date of the registration, possibly known only to the month or year
   * @return a status with evidence {@link SseEvidence#ESS_MENTION}
   */
  public static SseStatus essMention(PartialDate registeredOn) {
    return builder().evidence(SseEvidence.ESS_MENTION).essMentionDate(registeredOn).build();
  }

  /**
   * Returns the status of a commercial company known to be registered with the ESS mention, at a
   * date that is not known: the rules decide where any date would do and leave open what depends on
   * it.
   *
   * @return a status with evidence {@link SseEvidence#ESS_MENTION} and no date
   */
  public static SseStatus essMentionUndated() {
    return builder().evidence(SseEvidence.ESS_MENTION).build();
  }

  /**
   * Returns the status of a holder of the ESUS agreement.
   *
   * @param agreement the agreement
   * @return a status with evidence {@link SseEvidence#ESUS_AGREEMENT}
   */
  public static SseStatus esus(EsusAgreement agreement) {
    return builder().evidence(SseEvidence.ESUS_AGREEMENT).esusAgreement(agreement).build();
  }

  /**
   * Returns the evidence of the status.
   *
   * @return the evidence
   */
  public abstract SseEvidence evidence();

  /**
   * Returns the date of registration at the RCS with the ESS mention.
   *
   * @return the date, possibly known only to the month or year, with {@link
   *     SseEvidence#ESS_MENTION} or {@link SseEvidence#ESUS_AGREEMENT}; empty when not known (a
   *     mention known to exist, undated)
   */
  public abstract Optional<@PlausibleDate PartialDate> essMentionDate();

  /**
   * Returns the ESUS agreement.
   *
   * @return required with {@link SseEvidence#ESUS_AGREEMENT}, absent otherwise
   */
  public abstract Optional<@Valid EsusAgreement> esusAgreement();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    SseEvidence evidence = evidence();
    if (evidence == SseEvidence.ESUS_AGREEMENT && esusAgreement().isEmpty()) {
      problems.add(Violation.of("$.esusAgreement", "sseStatus.esusAgreementRequired"));
    }
    if (evidence != SseEvidence.ESUS_AGREEMENT && esusAgreement().isPresent()) {
      problems.add(Violation.of("$.esusAgreement", "sseStatus.esusAgreementNotExpected"));
    }
    if (evidence != SseEvidence.ESS_MENTION
        && evidence != SseEvidence.ESUS_AGREEMENT
        && essMentionDate().isPresent()) {
      problems.add(Violation.of("$.essMentionDate", "sseStatus.essMentionDateNotExpected"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
