package io.github.ptce.core.cluster;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.LocalId;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.resources.Amount;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Support a cluster has received: who gave it, at which level, of what kind, and whether it came
 * from a call for projects.
 *
 * <p>Past support matters to the rules: the State calls under décret n° 2015-431 were open only to
 * PTCEs not yet supported under an earlier call, and phase 2 of the national AMI is for phase-1
 * laureates. Name the scheme with {@link #schemeId()} when the support came from one the catalogue
 * knows.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Support implements WithSupport {

  Support() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Support}; funder, level and kind are required. */
  public static final class Builder extends ImmutableSupport.Builder {
    Builder() {}

    /**
     * Sets when the support was granted, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder grantedOn(LocalDate day) {
      grantedOn(PartialDate.of(day));
      return this;
    }
  }

  /**
   * Returns who gave the support.
   *
   * @return the funder's name
   */
  @NotBlank
  @Size(max = 300)
  public abstract String funder();

  /**
   * Returns the funder's level.
   *
   * @return the level
   */
  public abstract FunderLevel level();

  /**
   * Returns the kind of support.
   *
   * @return the kind
   */
  public abstract SupportKind kind();

  /**
   * Returns the amount, for a grant.
   *
   * @return the amount, empty if none or unknown
   */
  public abstract Optional<Amount> amount();

  /**
   * Returns when the support was granted.
   *
   * @return the date, possibly known only to the month or year; empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> grantedOn();

  /**
   * Returns the id of the catalogue scheme the support came from, such as {@code
   * fr.state.ptce-call.2013}.
   *
   * @return the scheme id, empty if none or unknown
   */
  public abstract Optional<@LocalId String> schemeId();

  /**
   * Returns whether the support was granted after a call for projects (or for expressions of
   * interest).
   *
   * @return the answer, empty if unknown
   */
  public abstract Optional<Boolean> throughCall();

  /**
   * Returns the name of the programme or call the support came from, as published, such as «
   * Fabriques de territoire ».
   *
   * @return the name, empty if not given
   */
  public abstract Optional<@Size(max = 300) String> programme();

  /**
   * Returns whether the call was one of the State's calls for PTCEs (the calls of décret n°
   * 2015-431, the national AMI PTCE and its rounds). A support whose {@link #schemeId()} names a
   * State call of the catalogue need not say it.
   *
   * @return the answer, empty if unknown
   */
  public abstract Optional<Boolean> ptceCall();

  @Value.Check
  void check() {
    if (ptceCall().orElse(false) && !throughCall().orElse(true)) {
      throw new InvalidInputException(
          List.of(Violation.of("$.ptceCall", "support.ptceCallWithoutCall")));
    }
  }
}
