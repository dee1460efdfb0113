package io.github.ptce.core.stakeholder;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.LocalId;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.id.NafCode;
import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.internal.FactChecks;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.KnownCommune;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person taking part in a cluster: an enterprise (SSE or not), a local authority, a research
 * centre, a training body, a natural person, …
 *
 * <p>The {@link #id()} is a short key chosen by the user (e.g. {@code tetris}), unique in a
 * cluster, used to refer to the stakeholder in reports and assessments. Identifiers, legal
 * category, location and SSE evidence are all optional: what is absent is unknown, and the
 * eligibility rules report it as a missing fact instead of guessing.
 *
 * <p>Structural invariants (checked when built): a SIRET belongs to the SIREN given with it; an
 * authority level is given only to a local authority or a grouping of them; the share of non-SSE
 * members is given only for a grouping of enterprises. Input constraints (a non-blank name, a
 * commune that exists, …) are checked by {@link io.github.ptce.core.validation.ClusterValidator}.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Stakeholder implements WithStakeholder, StakeholderFacts {

  Stakeholder() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stakeholder}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}

    /**
     * Sets the creation date, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder createdOn(LocalDate day) {
      createdOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the date the legal unit ceased, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder ceasedOn(LocalDate day) {
      ceasedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the day by which the legal unit had ceased at the latest.
     *
     * @param day the day
     * @return this builder
     */
    public Builder ceasedBy(LocalDate day) {
      ceasedBy(PartialDate.of(day));
      return this;
    }
  }

  /** The properties a source of a stakeholder may name in {@link Source#facts()}. */
  static final Set<String> PROPERTIES =
      Set.of(
          "id",
          "name",
          "kind",
          "legalCategory",
          "legalForm",
          "siren",
          "siret",
          "rna",
          "location",
          "sseStatus",
          "statutes",
          "specificStatuses",
          "employees",
          "employer",
          "activity",
          "createdOn",
          "ceasedOn",
          "ceasedBy",
          "sseFieldFlag",
          "authorityLevel",
          "mostlyNonSseMembers");

  /**
   * Returns the key of this stakeholder in its cluster.
   *
   * @return 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or
   *     digit
   */
  @LocalId
  public abstract String id();

  /**
   * Returns the name of the stakeholder.
   *
   * @return the name, e.g. {@code SCIC TETRIS}
   */
  @NotBlank
  @Size(max = 300)
  public abstract String name();

  /**
   * Returns the kind of person.
   *
   * @return the kind
   */
  @Override
  public abstract StakeholderKind kind();

  /**
   * Returns the INSEE legal category.
   *
   * @return the category, empty if unknown (and always for a natural person)
   */
  @Override
  public abstract Optional<LegalCategory> legalCategory();

  /**
   * Returns the legal form as commonly published ("SCIC SA", "SARL", "association loi 1901"), for
   * when the INSEE category is not known. Given with a category, the category must be one the form
   * may have.
   *
   * @return the form, empty if not given
   */
  @Override
  public abstract Optional<LegalForm> legalForm();

  /**
   * Returns the SIREN of the legal person.
   *
   * @return the SIREN, empty if unknown or none
   */
  public abstract Optional<Siren> siren();

  /**
   * Returns the SIRET of the establishment taking part.
   *
   * @return the SIRET; when a SIREN is also given, the SIRET starts with it
   */
  public abstract Optional<Siret> siret();

  /**
   * Returns the RNA number of an association.
   *
   * @return the RNA number, empty if unknown or none
   */
  public abstract Optional<Rna> rna();

  /**
   * Returns the commune where the stakeholder is located (its seat or the establishment taking
   * part).
   *
   * @return the INSEE commune code, empty if unknown
   */
  @Override
  public abstract Optional<@KnownCommune CommuneCode> location();

  /**
   * Returns what is known of the SSE status and its evidence.
   *
   * @return the status; {@link SseStatus#unknown()} by default
   */
  @Override
  @Value.Default
  @Valid
  public SseStatus sseStatus() {
    return SseStatus.unknown();
  }

  /**
   * Returns what the statutes declare about Art. 1 and 2 of the 2014 law.
   *
   * @return the declarations, empty if not given
   */
  @Override
  public abstract Optional<@Valid StatutoryClauses> statutes();

  /**
   * Returns statuses the legal category cannot tell (SCIC, SCOP, entreprise adaptée, …).
   *
   * @return the declared statuses, possibly none
   */
  @Override
  public abstract Set<SpecificStatus> specificStatuses();

  /**
   * Returns the number of employees.
   *
   * @return the head count, empty if unknown
   */
  @Override
  @PositiveOrZero
  public abstract OptionalInt employees();

  /**
   * Returns whether the stakeholder employs staff, when that is known without a head count (a
   * register's employer flag, a published "structure employeuse"). Given with {@link #employees()},
   * it must agree.
   *
   * @return the answer, empty if unknown
   */
  @Override
  public abstract Optional<Boolean> employer();

  /**
   * Returns the principal activity (APE code of the register, NAF rév. 2).
   *
   * @return the activity, empty if unknown
   */
  public abstract Optional<NafCode> activity();

  /**
   * Returns when the legal person was created.
   *
   * @return the date, possibly known only to the year; empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> createdOn();

  /**
   * Returns when the legal unit ceased to exist (administrative state "ceased" in the Sirene
   * register). A ceased stakeholder is no longer a member after that date, whatever its membership
   * says.
   *
   * @return the date, possibly known only to the year; empty while it exists or if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> ceasedOn();

  /**
   * Returns the date by which the legal unit had ceased at the latest, when the day it ceased is
   * not known: the Sirene stock files give a ceased unit only the start of its current period, and
   * it ceased on that day or before. The stakeholder is certainly no longer a member from the last
   * day of this date on; before it, whether it still existed is unknown. Not given with {@link
   * #ceasedOn()}, which says more.
   *
   * @return the date, possibly known only to the month or year; empty if nothing says it ceased
   */
  public abstract Optional<@PlausibleDate PartialDate> ceasedBy();

  /**
   * Returns what the Sirene register's flag {@code economieSocialeSolidaireUniteLegale} says
   * ({@code O}: true, {@code N}: false): whether INSEE counts the unit in the field of the social
   * and solidarity economy. How INSEE fills it is not documented (docs/domain/registers.md § 1.7),
   * so it is a recorded fact, shown in reports with its source, and no rule of the catalogue reads
   * it: the SSE status of a member is decided by Art. 1 of the 2014 law from its legal form, its
   * mention or its agreement ({@link #sseStatus()}).
   *
   * @return the flag as the register writes it, empty when the register leaves it null or was not
   *     read
   */
  public abstract Optional<Boolean> sseFieldFlag();

  /**
   * Returns where the facts of this stakeholder come from.
   *
   * @return the sources, possibly none
   */
  @Override
  public abstract List<@Valid Source> sources();

  /**
   * Returns the level of a local authority or of a grouping of local authorities.
   *
   * @return the level, only for those kinds
   */
  public abstract Optional<AuthorityLevel> authorityLevel();

  /**
   * For a grouping of enterprises: whether its members are mostly enterprises outside the SSE
   * (décret n° 2015-431, Art. 3, 2°).
   *
   * @return the declaration, only for {@link StakeholderKind#ENTERPRISE_GROUPING}
   */
  public abstract Optional<Boolean> mostlyNonSseMembers();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (siren().isPresent()
        && siret().isPresent()
        && !siret().get().siren().equals(siren().get())) {
      problems.add(
          Violation.of(
              "$.siret",
              "stakeholder.siretNotOfSiren",
              Map.of("siret", siret().get().toString(), "siren", siren().get().toString())));
    }
    if (authorityLevel().isPresent()
        && !EnumSet.of(StakeholderKind.LOCAL_AUTHORITY, StakeholderKind.LOCAL_AUTHORITY_GROUPING)
            .contains(kind())) {
      problems.add(
          Violation.of(
              "$.authorityLevel",
              "stakeholder.authorityLevelNotExpected",
              Map.of("kind", kind().name())));
    }
    if (mostlyNonSseMembers().isPresent() && kind() != StakeholderKind.ENTERPRISE_GROUPING) {
      problems.add(
          Violation.of(
              "$.mostlyNonSseMembers",
              "stakeholder.mostlyNonSseMembersNotExpected",
              Map.of("kind", kind().name())));
    }
    FactChecks.legalForm(legalCategory(), legalForm(), problems);
    FactChecks.statuses(legalCategory(), legalForm(), knownStatuses(), problems);
    FactChecks.publicKind(kind(), legalCategory(), legalForm(), problems);
    FactChecks.sseEvidence(legalCategory(), legalForm(), sseStatus().evidence(), problems);
    if (employer().isPresent()
        && employees().isPresent()
        && employer().get() != (employees().getAsInt() > 0)) {
      problems.add(
          Violation.of(
              "$.employer",
              "stakeholder.employerMismatch",
              Map.of(
                  "employer",
                  employer().get().toString(),
                  "employees",
                  Integer.toString(employees().getAsInt()))));
    }
    if (createdOn().isPresent()
        && ceasedOn().isPresent()
        && ceasedOn().get().isBefore(createdOn().get())) {
      problems.add(
          Violation.of(
              "$.ceasedOn",
              "period.endBeforeStart",
              Map.of("start", createdOn().get().toString(), "end", ceasedOn().get().toString())));
    }
    if (ceasedOn().isPresent() && ceasedBy().isPresent()) {
      problems.add(
          Violation.of(
              "$.ceasedBy",
              "stakeholder.ceasedOnAndBy",
              Map.of(
                  "ceasedOn",
                  ceasedOn().get().toString(),
                  "ceasedBy",
                  ceasedBy().get().toString())));
    }
    if (createdOn().isPresent()
        && ceasedBy().isPresent()
        && ceasedBy().get().isBefore(createdOn().get())) {
      problems.add(
          Violation.of(
              "$.ceasedBy",
              "period.endBeforeStart",
              Map.of("start", createdOn().get().toString(), "end", ceasedBy().get().toString())));
    }
    FactChecks.sources(sources(), PROPERTIES, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
