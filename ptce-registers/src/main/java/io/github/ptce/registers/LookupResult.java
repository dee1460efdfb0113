package io.github.ptce.registers;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a register says about one SIREN or SIRET.
 *
 * <ul>
 *   <li>For a SIREN: its {@link #legalUnit()}, its head office as {@link #establishment()} when the
 *       source has it, and the {@link #employer()} evidence of its active establishments.
 *   <li>For a SIRET: that {@link #establishment()}, its {@link #legalUnit()}, and the employer
 *       evidence of the legal unit.
 * </ul>
 *
 * <p>A partially diffusible unit or establishment is {@link LookupStatus#FOUND}: {@link
 * #partiallyDiffusible()} says so and {@link #maskedFields()} names what the source withheld; the
 * facts an enricher fills (category, commune, activity, state, dates, flags) are not masked by
 * INSEE.
 *
 * @param identifier the SIREN (9 digits) or SIRET (14 digits) asked for
 * @param status found, not found or failed
 * @param source the source consulted for the identifier itself: the legal-unit file or call for a
 *     SIREN, the establishment file or call for a SIRET (cite it for "not found")
 * @param legalUnit the legal unit
 * @param establishment the establishment asked for, or the head office of the unit asked for
 * @param employer whether the unit employs staff, as its establishments' flags tell
 * @param failure why the source could not answer, for {@link LookupStatus#FAILED}
 */
public record LookupResult(
    String identifier,
    LookupStatus status,
    RegisterSource source,
    Optional<LegalUnit> legalUnit,
    Optional<Establishment> establishment,
    Optional<EmployerEvidence> employer,
    Optional<LookupFailure> failure) {

  /**
   * Checks the components and their consistency with the status.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the identifier is not 9 or 14 digits, or the components do
   *     not fit the status
   */
  public LookupResult {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(legalUnit, "legalUnit");
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(employer, "employer");
    Objects.requireNonNull(failure, "failure");
    if (!identifier.matches("\\d{9}|\\d{14}")) {
      throw new IllegalArgumentException(
          "identifier is neither a SIREN nor a SIRET: " + identifier);
    }
    boolean siret = identifier.length() == 14;
    boolean consistent =
        switch (status) {
          case FOUND ->
              failure.isEmpty() && (siret ? establishment.isPresent() : legalUnit.isPresent());
          case NOT_FOUND ->
              failure.isEmpty()
                  && establishment.isEmpty()
                  && employer.isEmpty()
                  && (siret || legalUnit.isEmpty());
          case FAILED ->
              failure.isPresent()
                  && legalUnit.isEmpty()
                  && establishment.isEmpty()
                  && employer.isEmpty();
        };
    if (!consistent) {
      throw new IllegalArgumentException(
          "components do not fit status " + status + " for " + identifier);
    }
  }

  /**
   * A found identifier.
   *
   * @param identifier the SIREN or SIRET asked for
   * @param source the source consulted for it
   * @param legalUnit the legal unit (required for a SIREN)
   * @param establishment the establishment (required for a SIRET)
   * @param employer the employer evidence, if any
   * @return the result
   */
  public static LookupResult found(
      String identifier,
      RegisterSource source,
      Optional<LegalUnit> legalUnit,
      Optional<Establishment> establishment,
      Optional<EmployerEvidence> employer) {
    return new LookupResult(
        identifier,
        LookupStatus.FOUND,
        source,
        legalUnit,
        establishment,
        employer,
        Optional.empty());
  }

  /**
   * An identifier the register does not hold.
   *
   * @param identifier the SIREN or SIRET asked for
   * @param source the source consulted
   * @param legalUnit for a SIRET, its legal unit when that is known; empty for a SIREN
   * @return the result
   */
  public static LookupResult notFound(
      String identifier, RegisterSource source, Optional<LegalUnit> legalUnit) {
    return new LookupResult(
        identifier,
        LookupStatus.NOT_FOUND,
        source,
        legalUnit,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * An identifier the source could not answer for.
   *
   * @param identifier the SIREN or SIRET asked for
   * @param source the source tried
   * @param failure why
   * @return the result
   */
  public static LookupResult failed(
      String identifier, RegisterSource source, LookupFailure failure) {
    return new LookupResult(
        identifier,
        LookupStatus.FAILED,
        source,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(failure));
  }

  /**
   * Returns whether the identifier was found.
   *
   * @return true for {@link LookupStatus#FOUND}
   */
  public boolean isFound() {
    return status == LookupStatus.FOUND;
  }

  /**
   * Returns whether the legal unit or the establishment is partially diffusible.
   *
   * @return true when the source withholds some of their fields
   */
  public boolean partiallyDiffusible() {
    return legalUnit.map(LegalUnit::partiallyDiffusible).orElse(false)
        || establishment.map(Establishment::partiallyDiffusible).orElse(false);
  }

  /**
   * Returns the fields the source withheld, of the unit and of the establishment.
   *
   * @return an unmodifiable sorted set of column or JSON names, empty when nothing is masked
   */
  public Set<String> maskedFields() {
    Set<String> masked = new TreeSet<>();
    legalUnit.ifPresent(u -> masked.addAll(u.maskedFields()));
    establishment.ifPresent(e -> masked.addAll(e.maskedFields()));
    return Collections.unmodifiableSet(masked);
  }
}
