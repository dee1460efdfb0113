package io.github.ptce.core.cluster;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.LocalId;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.internal.FactChecks;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.core.territory.Perimeter;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A territorial cluster for economic cooperation (PTCE) as its members describe it: who takes part,
 * on which territory, around which strategy and projects, with which resources and support.
 *
 * <p>Everything but the name is optional, because clusters are described at every stage of their
 * life and often only in part: what is missing is reported by the eligibility rules as a missing
 * fact, never taken as a "no".
 *
 * <p>Structural invariants, checked when built (violations reported together, with their paths):
 * each stakeholder appears once (by {@code id}, and by SIREN when given); at most one member is the
 * {@link MemberRole#CARRIER carrier}; there is at most one resource mix per year. Input constraints
 * (names, codes that exist in the geography, date ranges, …) are checked by {@link
 * io.github.ptce.core.validation.ClusterValidator}.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Cluster implements WithCluster {

  Cluster() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cluster}; the name is required. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}

    /**
     * Sets when the cluster was formed, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder foundedOn(LocalDate day) {
      foundedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets when the cluster signed the national PTCE charter, known to the day.
     *
     * @param day the day
     * @return this builder
     */
    public Builder charterSignedOn(LocalDate day) {
      charterSignedOn(PartialDate.of(day));
      return this;
    }
  }

  /** The properties a source of the cluster may name in {@link Source#facts()}. */
  static final Set<String> PROPERTIES =
      Set.of(
          "id",
          "name",
          "description",
          "stage",
          "foundedOn",
          "perimeter",
          "members",
          "membersComplete",
          "unnamedMembers",
          "coordination",
          "strategy",
          "projects",
          "resources",
          "supports",
          "supportsComplete",
          "charterSignedOn",
          "ruralTerritory",
          "priorityNeighbourhood");

  /**
   * Returns a key for the cluster, useful in batch runs.
   *
   * @return the key, empty if not given
   */
  public abstract Optional<@LocalId String> id();

  /**
   * Returns the cluster's name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = 300)
  public abstract String name();

  /**
   * Returns a description.
   *
   * @return the description, empty if not given
   */
  public abstract Optional<@Size(max = 4000) String> description();

  /**
   * Returns the stage of the cluster's life.
   *
   * @return the stage, empty if unknown
   */
  public abstract Optional<LifecycleStage> stage();

  /**
   * Returns when the cluster was formed.
   *
   * @return the date, empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> foundedOn();

  /**
   * Returns the territory of the cluster.
   *
   * @return the perimeter, empty if not defined
   */
  public abstract Optional<@Valid Perimeter> perimeter();

  /**
   * Returns the members and partners, past and present.
   *
   * @return the memberships, in the order given
   */
  public abstract List<@Valid Membership> members();

  /**
   * Returns whether the list of members is declared complete: every member and partner of the
   * cluster is among {@link #members()} and {@link #unnamedMembers()}. Descriptions of real
   * clusters usually name some members only: unless the list is declared complete, a rule never
   * concludes that the cluster has no member of some kind because none is listed.
   *
   * @return true if declared complete, false if declared partial; empty when not known (read as
   *     partial)
   */
  public abstract Optional<Boolean> membersComplete();

  /**
   * Returns the members known only by a description ("au moins 3 entreprises privées").
   *
   * @return the groups of unnamed members, in the order given
   */
  public abstract List<@Valid UnnamedMembers> unnamedMembers();

  /**
   * Returns the coordination.
   *
   * @return the coordination, empty if unknown
   */
  public abstract Optional<@Valid Coordination> coordination();

  /**
   * Returns the cooperation strategy.
   *
   * @return the strategy, empty if none is declared
   */
  public abstract Optional<@Valid CooperationStrategy> strategy();

  /**
   * Returns the projects the cluster serves.
   *
   * @return the projects, possibly none
   */
  public abstract List<@Valid Project> projects();

  /**
   * Returns the resources by year.
   *
   * @return at most one mix per year, in the order given
   */
  public abstract List<@Valid ResourceMix> resources();

  /**
   * Returns the support received.
   *
   * @return the support, possibly none
   */
  public abstract List<@Valid Support> supports();

  /**
   * Returns whether the list of support received is declared complete. Unless it is, a rule never
   * concludes that the cluster has not received some support because none is listed.
   *
   * @return true if declared complete, false if declared partial; empty when not known (read as
   *     partial)
   */
  public abstract Optional<Boolean> supportsComplete();

  /**
   * Returns when the cluster signed the national PTCE charter (2014, updated 2021).
   *
   * @return the date, empty if not signed or unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> charterSignedOn();

  /**
   * Returns whether the cluster declares its territory rural. Declared, not computed: the bundled
   * data has no rurality grid (FACTS-2.md § 6).
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> ruralTerritory();

  /**
   * Returns whether the cluster declares that it acts in a priority urban neighbourhood (QPV).
   * Declared, not computed: QPV membership is decided below the commune level (FACTS-2.md § 6).
   *
   * @return the declaration, empty if unknown
   */
  public abstract Optional<Boolean> priorityNeighbourhood();

  /**
   * Returns where the facts about the cluster come from (its members list their own).
   *
   * @return the sources, possibly none
   */
  public abstract List<@Valid Source> sources();

  /**
   * Returns the membership of the stakeholder with the given key.
   *
   * @param stakeholderId the stakeholder's {@code id}
   * @return the membership, empty if no member has that key
   */
  public Optional<Membership> member(String stakeholderId) {
    return Optional.ofNullable(membersById().get(stakeholderId));
  }

  /**
   * The members by stakeholder id, the first one for an id (ids are unique in a valid cluster).
   * Built once, when first asked: the engine looks members up by id for every result that names
   * them, which a scan of the list made quadratic in the number of members (25 ms for Art. 9 over
   * 3,000 members; BENCHMARKS.md).
   */
  @Value.Lazy
  Map<String, Membership> membersById() {
    Map<String, Membership> byId = new HashMap<>();
    for (Membership membership : members()) {
      byId.putIfAbsent(membership.stakeholder().id(), membership);
    }
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * Returns the member that carries the cluster.
   *
   * @return the membership with role {@link MemberRole#CARRIER}, empty if none
   */
  public Optional<Membership> carrier() {
    for (Membership membership : members()) {
      if (membership.role() == MemberRole.CARRIER) {
        return Optional.of(membership);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    Map<Siren, Integer> sirens = new HashMap<>();
    int carrier = -1;
    for (int i = 0; i < members().size(); i++) {
      Membership membership = members().get(i);
      String id = membership.stakeholder().id();
      Integer first = ids.putIfAbsent(id, i);
      if (first != null) {
        problems.add(
            Violation.of(
                "$.members[" + i + "].stakeholder.id",
                "cluster.duplicateMember",
                Map.of("id", id, "first", "$.members[" + first + "]")));
      }
      Optional<Siren> siren = membership.stakeholder().siren();
      if (siren.isPresent()) {
        Integer firstSiren = sirens.putIfAbsent(siren.get(), i);
        if (firstSiren != null) {
          problems.add(
              Violation.of(
                  "$.members[" + i + "].stakeholder.siren",
                  "cluster.duplicateSiren",
                  Map.of(
                      "siren", siren.get().toString(), "first", "$.members[" + firstSiren + "]")));
        }
      }
      if (membership.role() == MemberRole.CARRIER) {
        if (carrier >= 0) {
          problems.add(
              Violation.of(
                  "$.members[" + i + "].role",
                  "cluster.secondCarrier",
                  Map.of("first", "$.members[" + carrier + "]")));
        } else {
          carrier = i;
        }
      }
    }
    Map<Integer, Integer> years = new HashMap<>();
    for (int i = 0; i < resources().size(); i++) {
      int year = resources().get(i).year();
      Integer first = years.putIfAbsent(year, i);
      if (first != null) {
        problems.add(
            Violation.of(
                "$.resources[" + i + "].year",
                "cluster.duplicateYear",
                Map.of("year", Integer.toString(year), "first", "$.resources[" + first + "]")));
      }
    }
    FactChecks.sources(sources(), PROPERTIES, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
