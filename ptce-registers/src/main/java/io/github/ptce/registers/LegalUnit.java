package io.github.ptce.registers;

import io.github.ptce.core.id.Rna;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.stakeholder.LegalCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A legal unit (unité légale) as a register describes it, each value with its {@link RegisterFact
 * provenance}.
 *
 * <p>An absent value is one the register does not give: null in the register, masked by partial
 * diffusion (then its field is in {@link #maskedFields()}), or a value outside the register's
 * documented codes. It is unknown, never a "no". Dates of {@code 1900-01-01}, which INSEE uses for
 * a missing date, are absent.
 *
 * @param siren the SIREN
 * @param diffusion the diffusion status, when the source gives it
 * @param maskedFields the fields this source masks for this unit ({@code [ND]}, {@code
 *     [NON-DIFFUSIBLE]}), by their column or JSON names, sorted
 * @param purged whether the unit is purged ({@code unitePurgeeUniteLegale}: ceased before 2003,
 *     only its last values kept); the API does not say, and false is given for it
 * @param name the legal name of a legal person ({@code denominationUniteLegale}, {@code
 *     nom_raison_sociale}); absent for a natural person, whose identity ptce does not read, and
 *     from the stock files unless {@link SireneStockBuilder#names(boolean) asked for}
 * @param legalCategory the INSEE legal category
 * @param activity the principal activity (APE)
 * @param activityNaf25 the principal activity in NAF 2025, during the transition (a temporary
 *     column)
 * @param creationDate the declared creation date
 * @param state active or ceased
 * @param cessation when a ceased unit ceased, see {@link EndDate}
 * @param sseFlag {@code economieSocialeSolidaireUniteLegale}, as INSEE writes it ({@code O}/{@code
 *     N}, mostly null); how INSEE fills it is not documented (registers.md § 1.7), so it decides
 *     nothing by itself
 * @param essDirectory the API's {@code complements.est_ess}: in the ESS France list <em>or</em>
 *     flagged {@code O} by INSEE — broader than {@link #sseFlag()}; absent for the stock files
 * @param missionCompany société à mission ({@code societeMissionUniteLegale}); from the API only
 *     {@code true} is read ({@code false} there means {@code N} or null, so it stays absent)
 * @param rna the RNA number of an association
 * @param headcount the unit's headcount band and its year
 * @param lastProcessed when INSEE last processed the unit ({@code
 *     dateDernierTraitementUniteLegale}, {@code date_mise_a_jour_insee})
 */
public record LegalUnit(
    Siren siren,
    Optional<RegisterFact<Diffusion>> diffusion,
    Set<String> maskedFields,
    boolean purged,
    Optional<RegisterFact<String>> name,
    Optional<RegisterFact<LegalCategory>> legalCategory,
    Optional<RegisterFact<Activity>> activity,
    Optional<RegisterFact<String>> activityNaf25,
    Optional<RegisterFact<LocalDate>> creationDate,
    Optional<RegisterFact<UnitState>> state,
    Optional<RegisterFact<EndDate>> cessation,
    Optional<RegisterFact<RegisterFlag>> sseFlag,
    Optional<RegisterFact<Boolean>> essDirectory,
    Optional<RegisterFact<RegisterFlag>> missionCompany,
    Optional<RegisterFact<Rna>> rna,
    Optional<RegisterFact<Headcount>> headcount,
    Optional<RegisterFact<LocalDateTime>> lastProcessed) {

  /**
   * Checks the components and makes {@code maskedFields} an unmodifiable sorted copy.
   *
   * @throws NullPointerException if a component is null
   */
  public LegalUnit {
    Objects.requireNonNull(siren, "siren");
    Objects.requireNonNull(diffusion, "diffusion");
    maskedFields =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(maskedFields, "maskedFields")));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(legalCategory, "legalCategory");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityNaf25, "activityNaf25");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(cessation, "cessation");
    Objects.requireNonNull(sseFlag, "sseFlag");
    Objects.requireNonNull(essDirectory, "essDirectory");
    Objects.requireNonNull(missionCompany, "missionCompany");
    Objects.requireNonNull(rna, "rna");
    Objects.requireNonNull(headcount, "headcount");
    Objects.requireNonNull(lastProcessed, "lastProcessed");
  }

  /**
   * Starts a builder, for implementations and for tests of code that consumes lookups.
   *
   * @param siren the SIREN
   * @return a builder with every optional value absent
   */
  public static Builder builder(Siren siren) {
    return new Builder(siren);
  }

  /**
   * Returns whether the unit is partially diffusible.
   *
   * @return true for status {@code P}, or when a field is masked whatever the status says
   */
  public boolean partiallyDiffusible() {
    return diffusion.map(d -> d.value() == Diffusion.PARTIAL).orElse(false)
        || !maskedFields.isEmpty();
  }

  /** Builds a {@link LegalUnit}; not thread-safe. */
  public static final class Builder {
    private final Siren siren;
    private @Nullable RegisterFact<Diffusion> diffusion;
    private final Set<String> maskedFields = new TreeSet<>();
    private boolean purged;
    private @Nullable RegisterFact<String> name;
    private @Nullable RegisterFact<LegalCategory> legalCategory;
    private @Nullable RegisterFact<Activity> activity;
    private @Nullable RegisterFact<String> activityNaf25;
    private @Nullable RegisterFact<LocalDate> creationDate;
    private @Nullable RegisterFact<UnitState> state;
    private @Nullable RegisterFact<EndDate> cessation;
    private @Nullable RegisterFact<RegisterFlag> sseFlag;
    private @Nullable RegisterFact<Boolean> essDirectory;
    private @Nullable RegisterFact<RegisterFlag> missionCompany;
    private @Nullable RegisterFact<Rna> rna;
    private @Nullable RegisterFact<Headcount> headcount;
    private @Nullable RegisterFact<LocalDateTime> lastProcessed;

    private Builder(Siren siren) {
      this.siren = Objects.requireNonNull(siren, "siren");
    }

    /**
     * Sets the diffusion status.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder diffusion(@Nullable RegisterFact<Diffusion> fact) {
      this.diffusion = fact;
      return this;
    }

    /**
     * Adds a masked field.
     *
     * @param field the column or JSON name
     * @return this builder
     */
    public Builder masked(String field) {
      maskedFields.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * Sets whether the unit is purged.
     *
     * @param purged the value
     * @return this builder
     */
    public Builder purged(boolean purged) {
      this.purged = purged;
      return this;
    }

    /**
     * Sets the legal name.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder name(@Nullable RegisterFact<String> fact) {
      this.name = fact;
      return this;
    }

    /**
     * Sets the legal category.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder legalCategory(@Nullable RegisterFact<LegalCategory> fact) {
      this.legalCategory = fact;
      return this;
    }

    /**
     * Sets the principal activity.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder activity(@Nullable RegisterFact<Activity> fact) {
      this.activity = fact;
      return this;
    }

    /**
     * Sets the NAF 2025 activity.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder activityNaf25(@Nullable RegisterFact<String> fact) {
      this.activityNaf25 = fact;
      return this;
    }

    /**
     * Sets the creation date.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder creationDate(@Nullable RegisterFact<LocalDate> fact) {
      this.creationDate = fact;
      return this;
    }

    /**
     * Sets the administrative state.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder state(@Nullable RegisterFact<UnitState> fact) {
      this.state = fact;
      return this;
    }

    /**
     * Sets the cessation date.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder cessation(@Nullable RegisterFact<EndDate> fact) {
      this.cessation = fact;
      return this;
    }

    /**
     * Sets INSEE's SSE flag.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder sseFlag(@Nullable RegisterFact<RegisterFlag> fact) {
      this.sseFlag = fact;
      return this;
    }

    /**
     * Sets the API's {@code est_ess}.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder essDirectory(@Nullable RegisterFact<Boolean> fact) {
      this.essDirectory = fact;
      return this;
    }

    /**
     * Sets the société à mission flag.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder missionCompany(@Nullable RegisterFact<RegisterFlag> fact) {
      this.missionCompany = fact;
      return this;
    }

    /**
     * Sets the RNA number.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder rna(@Nullable RegisterFact<Rna> fact) {
      this.rna = fact;
      return this;
    }

    /**
     * Sets the headcount band.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder headcount(@Nullable RegisterFact<Headcount> fact) {
      this.headcount = fact;
      return this;
    }

    /**
     * Sets the date of INSEE's last processing.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder lastProcessed(@Nullable RegisterFact<LocalDateTime> fact) {
      this.lastProcessed = fact;
      return this;
    }

    /**
     * Builds the unit.
     *
     * @return the immutable unit
     */
    public LegalUnit build() {
      return new LegalUnit(
          siren,
          Optional.ofNullable(diffusion),
          maskedFields,
          purged,
          Optional.ofNullable(name),
          Optional.ofNullable(legalCategory),
          Optional.ofNullable(activity),
          Optional.ofNullable(activityNaf25),
          Optional.ofNullable(creationDate),
          Optional.ofNullable(state),
          Optional.ofNullable(cessation),
          Optional.ofNullable(sseFlag),
          Optional.ofNullable(essDirectory),
          Optional.ofNullable(missionCompany),
          Optional.ofNullable(rna),
          Optional.ofNullable(headcount),
          Optional.ofNullable(lastProcessed));
    }
  }
}
