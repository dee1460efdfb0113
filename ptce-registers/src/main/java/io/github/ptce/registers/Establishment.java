package io.github.ptce.registers;

import io.github.ptce.core.id.Siret;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An establishment (établissement) as a register describes it, each value with its {@link
 * RegisterFact provenance}. An absent value is unknown (see {@link LegalUnit}).
 *
 * @param siret the SIRET
 * @param diffusion the diffusion status, when the source gives it
 * @param maskedFields the fields this source masks for this establishment, sorted
 * @param headOffice whether it is the head office of its legal unit ({@code etablissementSiege},
 *     {@code est_siege})
 * @param commune where it is ({@code codeCommuneEtablissement}, {@code commune}); absent abroad
 * @param postalCode its postal code (masked for a partially diffusible establishment)
 * @param state active or closed
 * @param closing when a closed establishment closed, see {@link EndDate}
 * @param activity its principal activity (APET)
 * @param activityNaf25 its principal activity in NAF 2025, during the transition
 * @param creationDate its creation date
 * @param employerFlag {@code caractereEmployeurEtablissement}: {@code O} employer, {@code N} not,
 *     from the URSSAF hiring declarations; not updated when the establishment closes
 * @param headcount its headcount band and year
 */
public record Establishment(
    Siret siret,
    Optional<RegisterFact<Diffusion>> diffusion,
    Set<String> maskedFields,
    Optional<RegisterFact<Boolean>> headOffice,
    Optional<RegisterFact<RegisterCommune>> commune,
    Optional<RegisterFact<String>> postalCode,
    Optional<RegisterFact<EstablishmentState>> state,
    Optional<RegisterFact<EndDate>> closing,
    Optional<RegisterFact<Activity>> activity,
    Optional<RegisterFact<String>> activityNaf25,
    Optional<RegisterFact<LocalDate>> creationDate,
    Optional<RegisterFact<RegisterFlag>> employerFlag,
    Optional<RegisterFact<Headcount>> headcount) {

  /**
   * Checks the components and makes {@code maskedFields} an unmodifiable sorted copy.
   *
   * @throws NullPointerException if a component is null
   */
  public Establishment {
    Objects.requireNonNull(siret, "siret");
    Objects.requireNonNull(diffusion, "diffusion");
    maskedFields =
        Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(maskedFields, "maskedFields")));
    Objects.requireNonNull(headOffice, "headOffice");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(activityNaf25, "activityNaf25");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(employerFlag, "employerFlag");
    Objects.requireNonNull(headcount, "headcount");
  }

  /**
   * Starts a builder, for implementations and for tests of code that consumes lookups.
   *
   * @param siret the SIRET
   * @return a builder with every optional value absent
   */
  public static Builder builder(Siret siret) {
    return new Builder(siret);
  }

  /**
   * Returns whether the establishment is partially diffusible.
   *
   * @return true for status {@code P}, or when a field is masked whatever the status says
   */
  public boolean partiallyDiffusible() {
    return diffusion.map(d -> d.value() == Diffusion.PARTIAL).orElse(false)
        || !maskedFields.isEmpty();
  }

  /** Builds an {@link Establishment}; not thread-safe. */
  public static final class Builder {
    private final Siret siret;
    private @Nullable RegisterFact<Diffusion> diffusion;
    private final Set<String> maskedFields = new TreeSet<>();
    private @Nullable RegisterFact<Boolean> headOffice;
    private @Nullable RegisterFact<RegisterCommune> commune;
    private @Nullable RegisterFact<String> postalCode;
    private @Nullable RegisterFact<EstablishmentState> state;
    private @Nullable RegisterFact<EndDate> closing;
    private @Nullable RegisterFact<Activity> activity;
    private @Nullable RegisterFact<String> activityNaf25;
    private @Nullable RegisterFact<LocalDate> creationDate;
    private @Nullable RegisterFact<RegisterFlag> employerFlag;
    private @Nullable RegisterFact<Headcount> headcount;

    private Builder(Siret siret) {
      this.siret = Objects.requireNonNull(siret, "siret");
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
     * Sets whether it is the head office.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder headOffice(@Nullable RegisterFact<Boolean> fact) {
      this.headOffice = fact;
      return this;
    }

    /**
     * Sets the commune.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder commune(@Nullable RegisterFact<RegisterCommune> fact) {
      this.commune = fact;
      return this;
    }

    /**
     * Sets the postal code.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder postalCode(@Nullable RegisterFact<String> fact) {
      this.postalCode = fact;
      return this;
    }

    /**
     * Sets the administrative state.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder state(@Nullable RegisterFact<EstablishmentState> fact) {
      this.state = fact;
      return this;
    }

    /**
     * Sets the closing date.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder closing(@Nullable RegisterFact<EndDate> fact) {
      this.closing = fact;
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
     * Sets the employer flag.
     *
     * @param fact the value, or null for absent
     * @return this builder
     */
    public Builder employerFlag(@Nullable RegisterFact<RegisterFlag> fact) {
      this.employerFlag = fact;
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
     * Builds the establishment.
     *
     * @return the immutable establishment
     */
    public Establishment build() {
      return new Establishment(
          siret,
          Optional.ofNullable(diffusion),
          maskedFields,
          Optional.ofNullable(headOffice),
          Optional.ofNullable(commune),
          Optional.ofNullable(postalCode),
          Optional.ofNullable(state),
          Optional.ofNullable(closing),
          Optional.ofNullable(activity),
          Optional.ofNullable(activityNaf25),
          Optional.ofNullable(creationDate),
          Optional.ofNullable(employerFlag),
          Optional.ofNullable(headcount));
    }
  }
}
