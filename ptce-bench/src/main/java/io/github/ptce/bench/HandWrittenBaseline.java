package io.github.ptce.bench;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Coverage;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.spi.SseDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference the engine is measured against: the checks of Art. 9 I of loi n° 2014-856 and of
 * Art. 3 of décret n° 2015-431 written directly in plain Java, as a careful programmer would write
 * them without a rules library, with the same English explanation texts built for each check
 * (reason, observation, members concerned, missing facts, remediation, assumptions), by string
 * concatenation.
 *
 * <p>It follows the open-world reading of the engine: a member list not declared complete ({@code
 * membersComplete}) never gives a "no" because no member of some kind is listed; a date known only
 * to the month or year is compared as a period, so a member whose joining, leaving or cessation
 * date contains the evaluation date is a member only perhaps; every member enterprise, whatever its
 * role, must lie in the perimeter; condition 4° of the décret counts only the State's calls for
 * PTCEs, certainly before the date. It reads the named members only: {@link Agreement} does not
 * compare clusters with members known only by description.
 *
 * <p>The SSE status of a member is asked of {@link SseDefinition#outcome}, the library's own
 * plain-Java function, as a hand-written implementation would call its own helper; it is computed
 * once per member.
 *
 * <p>{@link #RULES_ART9} and {@link #RULES_DECREE} hold the same checks as objects behind an
 * interface (a "rule list"), the simplest alternative to a rules library.
 */
public final class HandWrittenBaseline {
  static final LocalDate LAW_IN_FORCE = LocalDate.of(2014, 8, 2);
  static final LocalDate DECREE_PUBLISHED = LocalDate.of(2015, 4, 17);
  static final String ASSUME_JOINING =
      "Members without a joining date are counted as members at the evaluation date.";
  static final String ASSUME_LISTED =
      "Decided on the members listed: the list is not declared complete, and a "
          + "member it does not name could change the answer.";

  /** Where condition 4° looks up the scheme a support names, to tell a State call for PTCEs. */
  private static final SchemeCatalog CATALOGUE = SchemeCatalog.standard();

  private static final Outcome[] OUTCOMES = Outcome.values();

  private HandWrittenBaseline() {}

  /**
   * The result of one check.
   *
   * @param id the criterion id, the same as the engine's
   * @param outcome the outcome
   * @param counts false for an informative check
   * @param explanation the reason and the observation, in English
   * @param members the ids of the members concerned
   * @param missing the missing facts, as {@code path: description}
   * @param remediation what to do, or null
   * @param assumptions the assumptions
   */
  public record Check(
      String id,
      Outcome outcome,
      boolean counts,
      String explanation,
      List<String> members,
      List<String> missing,
      String remediation,
      List<String> assumptions) {}

  /**
   * The result of one scheme.
   *
   * @param id the scheme id
   * @param outcome the combined outcome of the checks that count
   * @param checks the checks in order
   */
  public record SchemeResult(String id, Outcome outcome, List<Check> checks) {}

  /**
   * What the checks of one evaluation share: each member's presence at the date, the perimeter, the
   * SSE statuses, whether the lists are complete.
   */
  public static final class Facts {
    final Cluster cluster;
    final LocalDate asOf;
    final Geography geography;
    final List<Membership> members;

    /** The members that are, or may be, members at the date, in member order. */
    final int[] present;

    /** Each member's presence at the date, as an ordinal of {@link Outcome}. */
    final byte[] presence;

    final boolean complete;
    private final byte[] sse;
    private ResolvedPerimeter perimeter;
    private boolean resolved;

    /**
     * Prepares an evaluation.
     *
     * @param cluster the cluster
     * @param asOf the date
     * @param geography the geography
     */
    public Facts(Cluster cluster, LocalDate asOf, Geography geography) {
      this.cluster = cluster;
      this.asOf = asOf;
      this.geography = geography;
      this.members = cluster.members();
      this.complete = cluster.membersComplete().orElse(false);
      this.presence = new byte[members.size()];
      int[] indices = new int[members.size()];
      int n = 0;
      for (int i = 0; i < members.size(); i++) {
        Membership m = members.get(i);
        // Joined on or before the date (an unknown joining date counts as joined), not left and not
        // ceased on or
        // before it; a date known to the month or year that contains the date leaves it open.
        Outcome joined =
            m.joinedOn().isEmpty() ? Outcome.MET : onOrBefore(m.joinedOn().get(), asOf);
        Outcome notLeft =
            m.leftOn().isEmpty() ? Outcome.MET : onOrBefore(m.leftOn().get(), asOf).negate();
        Optional<PartialDate> ceased = m.stakeholder().ceasedOn();
        Outcome notCeased =
            ceased.isEmpty() ? Outcome.MET : onOrBefore(ceased.get(), asOf).negate();
        // Ceased by a date at the latest: certainly gone from its last day on, perhaps before.
        Optional<PartialDate> ceasedBy = m.stakeholder().ceasedBy();
        Outcome notCeasedBy =
            ceasedBy.isEmpty() || !asOf.isBefore(ceasedBy.get().latest())
                ? (ceasedBy.isEmpty() ? Outcome.MET : Outcome.NOT_MET)
                : Outcome.UNKNOWN;
        Outcome here = joined.and(notLeft).and(notCeased).and(notCeasedBy);
        presence[i] = (byte) here.ordinal();
        if (here != Outcome.NOT_MET) {
          indices[n++] = i;
        }
      }
      this.present = java.util.Arrays.copyOf(indices, n);
      this.sse = new byte[members.size()];
    }

    ResolvedPerimeter perimeter() {
      if (!resolved) {
        perimeter = cluster.perimeter().map(geography::resolve).orElse(null);
        resolved = true;
      }
      return perimeter;
    }

    /** Whether member {@code i} is a member at the date. */
    Outcome presence(int i) {
      return OUTCOMES[presence[i]];
    }

    /**
     * The SSE status of member {@code i}, computed once; not applicable (before the law) counts as
     * no.
     */
    Outcome sse(int i) {
      if (sse[i] == 0) {
        Outcome status = SseDefinition.outcome(members.get(i).stakeholder(), asOf);
        sse[i] =
            (byte) (1 + (status == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : status).ordinal());
      }
      return OUTCOMES[sse[i] - 1];
    }

    boolean anyWithoutJoiningDate() {
      for (int i : present) {
        if (presence[i] == Outcome.MET.ordinal() && members.get(i).joinedOn().isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /**
     * The missing facts that would tell whether member {@code i}, a member only perhaps, is one at
     * the date.
     */
    List<String> presenceMissing(int i) {
      List<String> missing = new ArrayList<>(2);
      Membership m = members.get(i);
      String name = m.stakeholder().name();
      if (m.joinedOn().isPresent() && onOrBefore(m.joinedOn().get(), asOf) == Outcome.UNKNOWN) {
        missing.add("$.members[" + i + "].joinedOn: the day " + name + " joined");
      }
      if (m.leftOn().isPresent() && onOrBefore(m.leftOn().get(), asOf) == Outcome.UNKNOWN) {
        missing.add("$.members[" + i + "].leftOn: the day " + name + " left");
      }
      Optional<PartialDate> ceased = m.stakeholder().ceasedOn();
      if (ceased.isPresent() && onOrBefore(ceased.get(), asOf) == Outcome.UNKNOWN
          || m.stakeholder().ceasedBy().map(d -> asOf.isBefore(d.latest())).orElse(false)) {
        missing.add("$.members[" + i + "].stakeholder.ceasedOn: the day " + name + " ceased");
      }
      return missing;
    }
  }

  /**
   * Whether a date, perhaps known only to the month or year, is on or before a day: every day it
   * may be is.
   */
  static Outcome onOrBefore(PartialDate date, LocalDate day) {
    if (!date.latest().isAfter(day)) {
      return Outcome.MET;
    }
    return date.earliest().isAfter(day) ? Outcome.NOT_MET : Outcome.UNKNOWN;
  }

  /** Whether a date, perhaps known only to the month or year, is before a day. */
  static Outcome before(PartialDate date, LocalDate day) {
    if (date.latest().isBefore(day)) {
      return Outcome.MET;
    }
    return date.earliest().isBefore(day) ? Outcome.UNKNOWN : Outcome.NOT_MET;
  }

  // ------------------------------------------------------------------------------------------ the
  // schemes

  /**
   * Evaluates Art. 9 I.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult art9(Cluster cluster, LocalDate asOf, Geography geography) {
    return scheme("fr.law.2014-856.art9", RULES_ART9, new Facts(cluster, asOf, geography));
  }

  /**
   * Evaluates Art. 3 of décret 2015-431.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult decree(Cluster cluster, LocalDate asOf, Geography geography) {
    return scheme("fr.decree.2015-431.art3", RULES_DECREE, new Facts(cluster, asOf, geography));
  }

  /**
   * Evaluates Art. 9 I written as straight-line code, without a list of rules.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult art9Inline(Cluster cluster, LocalDate asOf, Geography geography) {
    Facts f = new Facts(cluster, asOf, geography);
    if (asOf.isBefore(LAW_IN_FORCE)) {
      return new SchemeResult("fr.law.2014-856.art9", Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(7);
    checks.add(sameTerritory(f));
    checks.add(sseEnterprises(f));
    checks.add(conventionalEnterprises(f));
    checks.add(partners(f));
    checks.add(commonStrategy(f));
    checks.add(innovativeProjects(f));
    checks.add(sustainableDevelopment(f));
    return new SchemeResult("fr.law.2014-856.art9", combine(checks), checks);
  }

  /**
   * Evaluates Art. 3 of décret 2015-431 written as straight-line code, without a list of rules.
   *
   * @param cluster the cluster
   * @param asOf the date
   * @param geography the geography
   * @return the result
   */
  public static SchemeResult decreeInline(Cluster cluster, LocalDate asOf, Geography geography) {
    Facts f = new Facts(cluster, asOf, geography);
    if (asOf.isBefore(DECREE_PUBLISHED)) {
      return new SchemeResult("fr.decree.2015-431.art3", Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(7);
    checks.add(privateLaw(f));
    checks.add(threeLegalPersons(f));
    checks.add(sseEnterprise(f));
    checks.add(nonSseEnterprise(f));
    checks.add(otherPerson(f));
    checks.add(innovativeProject(f));
    checks.add(noPreviousStateSupport(f));
    return new SchemeResult("fr.decree.2015-431.art3", combine(checks), checks);
  }

  static SchemeResult scheme(String id, List<Function<Facts, Check>> rules, Facts f) {
    LocalDate from = id.startsWith("fr.law") ? LAW_IN_FORCE : DECREE_PUBLISHED;
    if (f.asOf.isBefore(from)) {
      return new SchemeResult(id, Outcome.NOT_APPLICABLE, List.of());
    }
    List<Check> checks = new ArrayList<>(rules.size());
    for (Function<Facts, Check> rule : rules) {
      checks.add(rule.apply(f));
    }
    return new SchemeResult(id, combine(checks), checks);
  }

  /** Kleene conjunction of the checks that count. */
  static Outcome combine(List<Check> checks) {
    boolean unknown = false;
    boolean applicable = false;
    for (Check c : checks) {
      if (!c.counts()) {
        continue;
      }
      switch (c.outcome()) {
        case NOT_MET -> {
          return Outcome.NOT_MET;
        }
        case UNKNOWN -> {
          unknown = true;
          applicable = true;
        }
        case MET -> applicable = true;
        default -> {}
      }
    }
    return !applicable ? Outcome.NOT_APPLICABLE : unknown ? Outcome.UNKNOWN : Outcome.MET;
  }

  /** The checks of Art. 9 I, as a list of rules behind an interface. */
  public static final List<Function<Facts, Check>> RULES_ART9 =
      List.of(
          HandWrittenBaseline::sameTerritory,
          HandWrittenBaseline::sseEnterprises,
          HandWrittenBaseline::conventionalEnterprises,
          HandWrittenBaseline::partners,
          HandWrittenBaseline::commonStrategy,
          HandWrittenBaseline::innovativeProjects,
          HandWrittenBaseline::sustainableDevelopment);

  /** The checks of Art. 3 of décret 2015-431, as a list of rules behind an interface. */
  public static final List<Function<Facts, Check>> RULES_DECREE =
      List.of(
          HandWrittenBaseline::privateLaw,
          HandWrittenBaseline::threeLegalPersons,
          HandWrittenBaseline::sseEnterprise,
          HandWrittenBaseline::nonSseEnterprise,
          HandWrittenBaseline::otherPerson,
          HandWrittenBaseline::innovativeProject,
          HandWrittenBaseline::noPreviousStateSupport);

  // ------------------------------------------------------------------------------------------
  // helpers

  static boolean isEnterprise(Membership m) {
    return m.stakeholder().kind() == StakeholderKind.ENTERPRISE;
  }

  static boolean isOtherPerson(Membership m) {
    StakeholderKind kind = m.stakeholder().kind();
    return kind != StakeholderKind.ENTERPRISE && kind != StakeholderKind.ENTERPRISE_GROUPING;
  }

  /** At most five names, then "(+ n)". */
  static String names(List<Membership> members) {
    if (members.isEmpty()) {
      return "—";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(5, members.size()); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(members.get(i).stakeholder().name());
    }
    if (members.size() > 5) {
      out.append(" (+ ").append(members.size() - 5).append(')');
    }
    return out.toString();
  }

  static List<String> ids(List<Membership> members) {
    List<String> ids = new ArrayList<>(members.size());
    for (Membership m : members) {
      ids.add(m.stakeholder().id());
    }
    return ids;
  }

  static String path(Facts f, Membership m) {
    return "$.members[" + f.members.indexOf(m) + "]";
  }

  static final String MEMBERS_COMPLETE =
      "$.membersComplete: whether the list of members is complete";

  /**
   * The members that have a property at the date ({@code with}) and those that may have it ({@code
   * possible}: the property, or their membership at the date, is unknown), with the missing facts
   * of the latter; filled by the loop of each check.
   */
  static final class Tally {
    final List<Membership> with = new ArrayList<>();
    final List<Membership> possible = new ArrayList<>();
    final List<String> missing = new ArrayList<>();

    /**
     * Counts member {@code i}, whose property at the date (its presence included) is {@code has}.
     */
    void add(Facts f, int i, Outcome has, List<String> factsIfUnknown) {
      if (has == Outcome.MET) {
        with.add(f.members.get(i));
      } else if (has == Outcome.UNKNOWN) {
        possible.add(f.members.get(i));
        missing.addAll(factsIfUnknown);
        missing.addAll(f.presenceMissing(i));
      }
    }

    /**
     * At least {@code n} with the property: "no" only when the list is complete and the possible
     * ones are too few.
     */
    Outcome atLeast(Facts f, int n) {
      if (with.size() >= n) {
        return Outcome.MET;
      }
      return f.complete && with.size() + possible.size() < n ? Outcome.NOT_MET : Outcome.UNKNOWN;
    }

    /**
     * The missing facts of an unknown result: the possible members' facts, and the list's
     * completeness.
     */
    List<String> missingFor(Facts f, int n) {
      List<String> all = new ArrayList<>(missing);
      if (!f.complete && with.size() + possible.size() < n) {
        all.add(MEMBERS_COMPLETE);
      }
      return all;
    }
  }

  static List<String> sseMissing(Facts f, int i) {
    return List.of(
        "$.members["
            + i
            + "].stakeholder.sseStatus: the SSE status of "
            + f.members.get(i).stakeholder().name());
  }

  /**
   * The member enterprises, counted by whether they are SSE enterprises ({@code sse}) or outside
   * the SSE.
   */
  static Tally enterprises(Facts f, boolean sse) {
    Tally tally = new Tally();
    for (int i : f.present) {
      if (!isEnterprise(f.members.get(i))) {
        continue;
      }
      Outcome status = sse ? f.sse(i) : f.sse(i).negate();
      Outcome has = f.presence(i).and(status);
      tally.add(f, i, has, has == Outcome.UNKNOWN ? sseMissing(f, i) : List.of());
    }
    return tally;
  }

  /**
   * The members other than enterprises and groupings of them: the persons Art. 9 names "en lien
   * avec".
   */
  static Tally otherPersons(Facts f) {
    Tally tally = new Tally();
    for (int i : f.present) {
      if (isOtherPerson(f.members.get(i))) {
        tally.add(f, i, f.presence(i), List.of());
      }
    }
    return tally;
  }

  // ------------------------------------------------------------------------------------------ Art.
  // 9 I

  static final String ART9 = "fr.law.2014-856.art9.i.";

  static Check sameTerritory(Facts f) {
    String id = ART9 + "same-territory";
    ResolvedPerimeter perimeter = f.perimeter();
    if (perimeter == null) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "The cluster's territory (perimeter) is not defined.",
          List.of(),
          List.of("$.perimeter: the cluster's perimeter"),
          "Define the cluster's perimeter: communes, EPCIs, départements or régions.",
          List.of());
    }
    // Every member enterprise, whatever its role: Art. 9 groups the enterprises on one territory.
    List<Membership> outside = new ArrayList<>();
    List<Membership> open = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int inside = 0;
    for (int i : f.present) {
      Membership m = f.members.get(i);
      if (!isEnterprise(m)) {
        continue;
      }
      Optional<CommuneCode> location = m.stakeholder().location();
      if (location.isEmpty()) {
        open.add(m);
        missing.add(
            "$.members["
                + i
                + "].stakeholder.location: the commune where "
                + m.stakeholder().name()
                + " is located");
      } else if (perimeter.coverage(location.get()) == Coverage.COVERED) {
        inside++;
      } else if (perimeter.coverage(location.get()) == Coverage.PARTLY_COVERED) {
        // Located in Paris, Lyon or Marseille, of which the perimeter names some arrondissements
        // only.
        open.add(m);
        missing.add(
            "$.members["
                + i
                + "].stakeholder.location: the municipal arrondissement where "
                + m.stakeholder().name()
                + " is located: the perimeter covers only some arrondissements of its commune");
      } else if (f.presence(i) == Outcome.MET) {
        outside.add(m);
      } else {
        // Outside, but a member at the date only perhaps: not a counter-example until its dates say
        // so.
        open.add(m);
        missing.addAll(f.presenceMissing(i));
      }
    }
    String observed =
        " "
            + inside
            + " inside, "
            + outside.size()
            + " outside, "
            + open.size()
            + " without location.";
    List<String> assumptions = new ArrayList<>(2);
    if (!perimeter.unknownCodes().isEmpty()) {
      assumptions.add(
          "Codes of the perimeter unknown to the geography were left out: "
              + perimeter.unknownCodes()
              + ".");
    }
    if (!outside.isEmpty()) {
      String names = names(outside);
      return new Check(
          id,
          Outcome.NOT_MET,
          true,
          outside.size()
              + " member enterprise(s) lie outside the perimeter: "
              + names
              + "."
              + observed,
          ids(outside),
          List.of(),
          "An enterprise of the grouping is located on its "
              + "territory, whatever its role: extend the perimeter to include "
              + names
              + ", or give the establishment "
              + "that takes part in the territory (its SIRET and commune).",
          assumptions);
    }
    if (!open.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "The location of member enterprises is not given, or not"
              + " precisely enough to tell whether they lie in the perimeter: "
              + names(open)
              + "."
              + observed,
          ids(open),
          missing,
          "Give the commune where each member enterprise is located (in Paris, Lyon or"
              + " Marseille, its municipal arrondissement when the perimeter names arrondissements).",
          assumptions);
    }
    if (!f.complete) {
      assumptions.add(ASSUME_LISTED);
    }
    return new Check(
        id,
        Outcome.MET,
        true,
        "The " + inside + " member enterprise(s) are located in the perimeter." + observed,
        List.of(),
        List.of(),
        null,
        assumptions);
  }

  static Check sseEnterprises(Facts f) {
    String id = ART9 + "sse-enterprises";
    int required = 1;
    Tally count = enterprises(f, true);
    int found = count.with.size();
    List<String> assumptions = f.anyWithoutJoiningDate() ? List.of(ASSUME_JOINING) : List.of();
    String observed =
        " "
            + found
            + " SSE enterprise(s): "
            + names(count.with)
            + "; required: at least "
            + required;
    switch (count.atLeast(f, required)) {
      case MET -> {
        return new Check(
            id,
            Outcome.MET,
            true,
            found + " member(s) are SSE enterprises." + observed,
            ids(count.with),
            List.of(),
            null,
            assumptions);
      }
      case NOT_MET -> {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            found
                + " member(s) are SSE enterprises; at least "
                + required
                + " required."
                + observed,
            List.of(),
            List.of(),
            "Add "
                + (required - found)
                + " SSE enterprise(s) "
                + "(cooperative, association, mutual, foundation, or company with the SSE mention) located in the "
                + "perimeter.",
            assumptions);
      }
      default -> {
        if (count.possible.isEmpty()) {
          return new Check(
              id,
              Outcome.UNKNOWN,
              true,
              found
                  + " SSE enterprise(s) among the members listed, at least "
                  + required
                  + " required; the list of members is not declared complete."
                  + observed,
              List.of(),
              count.missingFor(f, required),
              "List the cluster's SSE enterprises, or declare the member list "
                  + "complete if it has none.",
              assumptions);
        }
        String names = names(count.possible);
        return new Check(
            id,
            Outcome.UNKNOWN,
            true,
            found
                + " member(s) are SSE enterprises so far; the status of "
                + names
                + " is not known."
                + observed,
            ids(count.possible),
            count.missingFor(f, required),
            "Complete the SSE status (legal category, evidence) of " + names + ".",
            assumptions);
      }
    }
  }

  static Check conventionalEnterprises(Facts f) {
    String id = ART9 + "conventional-enterprises";
    List<String> assumptions =
        List.of(
            "The text says \"entreprises\" without qualifier; following the 2013 Senate "
                + "amendment, which says a PTCE necessarily includes both SSE and other enterprises, the rule reads it as "
                + "enterprises outside the SSE.");
    Tally count = enterprises(f, false);
    String observed =
        " " + count.with.size() + " enterprise(s) outside the SSE: " + names(count.with);
    switch (count.atLeast(f, 1)) {
      case MET -> {
        return new Check(
            id,
            Outcome.MET,
            true,
            count.with.size() + " member enterprise(s) are outside the SSE." + observed,
            ids(count.with),
            List.of(),
            null,
            assumptions);
      }
      case NOT_MET -> {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "No member enterprise is outside the SSE." + observed,
            List.of(),
            List.of(),
            "Add at least one conventional enterprise (not SSE) located in the perimeter.",
            assumptions);
      }
      default -> {
        if (count.possible.isEmpty()) {
          return new Check(
              id,
              Outcome.UNKNOWN,
              true,
              "No enterprise outside the SSE is among the members listed; the "
                  + "list of members is not declared complete."
                  + observed,
              List.of(),
              count.missingFor(f, 1),
              "List the conventional enterprises (outside the SSE) the cluster associates with, or declare the member "
                  + "list complete if it has none.",
              assumptions);
        }
        String names = names(count.possible);
        return new Check(
            id,
            Outcome.UNKNOWN,
            true,
            "No member enterprise is known to be outside the SSE; the status "
                + "of "
                + names
                + " is not known."
                + observed,
            ids(count.possible),
            count.missingFor(f, 1),
            "Complete the SSE status of " + names + ": declare a conventional enterprise not SSE.",
            assumptions);
      }
    }
  }

  static Check partners(Facts f) {
    String id = ART9 + "partners";
    Tally count = otherPersons(f);
    List<String> assumptions =
        List.of(
            "The text names these persons \"en lien avec\" without requiring them: this "
                + "criterion is shown and does not count.");
    String remedy =
        "Partners are not required by the text, but a local authority or a research or training body "
            + "strengthens a PTCE and is required for a State call.";
    return switch (count.atLeast(f, 1)) {
      case MET ->
          new Check(
              id,
              Outcome.MET,
              false,
              count.with.size() + " such member(s) or partner(s): " + names(count.with) + ".",
              ids(count.with),
              List.of(),
              null,
              assumptions);
      case NOT_MET ->
          new Check(
              id,
              Outcome.NOT_MET,
              false,
              "No local authority, research centre, higher-education or "
                  + "training body, or other person is a member or partner.",
              List.of(),
              List.of(),
              remedy,
              assumptions);
      default ->
          new Check(
              id,
              Outcome.UNKNOWN,
              false,
              "No local authority, research centre, higher-education or "
                  + "training body, or other person is among the members listed; the list is not declared complete.",
              List.of(),
              List.of(MEMBERS_COMPLETE),
              remedy,
              assumptions);
    };
  }

  static Check commonStrategy(Facts f) {
    String id = ART9 + "common-strategy";
    Optional<CooperationStrategy> declared = f.cluster.strategy();
    if (declared.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "No cooperation strategy is declared.",
          List.of(),
          List.of("$.strategy: the cluster's cooperation strategy"),
          "Declare the cooperation strategy: its modes, "
              + "shared activities, written document and start date.",
          List.of());
    }
    CooperationStrategy s = declared.get();
    // Dates known only to the month or year that contain the evaluation date leave the question
    // open.
    List<String> missing = new ArrayList<>(3);
    if (s.endDate().isPresent()) {
      Outcome ended = onOrBefore(s.endDate().get(), f.asOf);
      if (ended == Outcome.MET) {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "The declared strategy ended on "
                + s.endDate().get()
                + ": it is not continuous at the date.",
            List.of(),
            List.of(),
            "Renew the common strategy: the law asks for a continuous one.",
            List.of());
      }
      if (ended == Outcome.UNKNOWN) {
        missing.add("$.strategy.endDate: the day the strategy ended");
      }
    }
    if (s.startDate().isPresent()) {
      Outcome later = onOrBefore(s.startDate().get(), f.asOf).negate();
      if (later == Outcome.MET) {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "The declared strategy starts only on " + s.startDate().get() + ".",
            List.of(),
            List.of(),
            null,
            List.of());
      }
      if (later == Outcome.UNKNOWN) {
        missing.add("$.strategy.startDate: the day the strategy started");
      }
    }
    if (s.documentDate().isPresent()) {
      Outcome later = onOrBefore(s.documentDate().get(), f.asOf).negate();
      if (later == Outcome.MET) {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "The strategy document is dated "
                + s.documentDate().get()
                + ", after the evaluation date.",
            List.of(),
            List.of(),
            null,
            List.of());
      }
      if (later == Outcome.UNKNOWN) {
        missing.add("$.strategy.documentDate: the day of the written strategy document");
      }
    }
    if (s.modes().isEmpty()) {
      missing.add(
          "$.strategy.modes: the modes of the strategy (pooling, cooperation, partnership)");
    }
    if (s.documentDate().isEmpty()) {
      missing.add("$.strategy.documentDate: the date of the written strategy document");
    }
    if (!missing.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "The strategy is declared, but its mode or its written document " + "is not given.",
          List.of(),
          missing,
          "Complete the strategy: its mode (pooling, cooperation, "
              + "partnership) and the date of its written document.",
          List.of());
    }
    return new Check(
        id,
        Outcome.MET,
        true,
        "A strategy is declared, ongoing, in writing since "
            + s.documentDate().get()
            + ", by "
            + s.modes()
            + ".",
        List.of(),
        List.of(),
        null,
        List.of(
            "The library checks "
                + "that the strategy is declared, written and ongoing; whether it is really common and continuous is for a "
                + "person to judge (an assessment can decide this criterion)."));
  }

  static Check innovativeProjects(Facts f) {
    String id = ART9 + "innovative-projects";
    List<Project> projects = f.cluster.projects();
    if (projects.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "No project is declared.",
          List.of(),
          List.of("$.projects: the projects the cluster serves"),
          "Declare the projects the cluster serves and how each is innovative.",
          List.of());
    }
    StringBuilder innovative = new StringBuilder();
    for (Project p : projects) {
      if (!p.innovation().isEmpty()) {
        if (innovative.length() > 0) {
          innovative.append("; ");
        }
        innovative.append(p.title()).append(' ').append(p.innovation());
      }
    }
    if (innovative.length() == 0) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < projects.size(); i++) {
        missing.add(
            "$.projects["
                + i
                + "].innovation: how the project \""
                + projects.get(i).title()
                + "\" is innovative (social, technological)");
      }
      missing.add(
          "$.assessments[?(@.criterionId=='"
              + id
              + "')]: an assessment of whether the projects are "
              + "socially or technologically innovative");
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "Projects are declared, but none says how it is innovative.",
          List.of(),
          missing,
          "Say for each project whether it is socially or technologically innovative, or give an "
              + "assessment.",
          List.of());
    }
    return new Check(
        id,
        Outcome.MET,
        true,
        "Innovative projects are declared: " + innovative + ".",
        List.of(),
        List.of(),
        null,
        List.of("The innovation is taken as declared; an assessment can decide otherwise."));
  }

  static Check sustainableDevelopment(Facts f) {
    String id = ART9 + "sustainable-local-development";
    StringBuilder aims = new StringBuilder();
    for (Project p : f.cluster.projects()) {
      for (String aim : p.localDevelopmentAims()) {
        if (aims.length() > 0) {
          aims.append("; ");
        }
        aims.append(aim);
      }
    }
    String text =
        aims.length() == 0
            ? "Whether the projects bring sustainable local development is for a person to assess; no aim is declared."
            : "Declared aims: "
                + aims
                + ". Whether they bring sustainable local development is for a person to assess.";
    return new Check(
        id,
        Outcome.UNKNOWN,
        true,
        text,
        List.of(),
        List.of(
            "$.assessments[?(@.criterionId=='"
                + id
                + "')]: an assessment of whether the projects bring sustainable local development"),
        "Have a person (a CRESS, "
            + "a funder, a local authority) assess this criterion and give the assessment.",
        List.of());
  }

  // ------------------------------------------------------------------------------------------
  // décret 2015-431

  static final String DECREE = "fr.decree.2015-431.art3.";

  static Check privateLaw(Facts f) {
    String id = DECREE + "1.private-law-person";
    List<String> assumptions =
        List.of(
            "The legal personality of the PTCE is taken to be that of its carrier (the "
                + "member with role CARRIER); whether a PTCE carried by a member structure qualifies is not confirmed.");
    Optional<Membership> carrier = f.cluster.carrier();
    if (carrier.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "No member is recorded as the carrier (role CARRIER) of the " + "cluster.",
          List.of(),
          List.of("$.members: which member carries the cluster (role CARRIER)"),
          "Record the legal structure that carries the cluster as a member with the role CARRIER.",
          List.of());
    }
    Stakeholder who = carrier.get().stakeholder();
    SseDefinition.Finding finding = SseDefinition.privateLaw(who);
    String name = who.name();
    String form = SseDefinition.describeForm(who);
    String text =
        switch (finding.reason()) {
          case "naturalPerson" -> "The carrier, " + name + ", is a natural person.";
          case "privateLawForm" ->
              "The carrier, " + name + ", is a legal person of private law (" + form + ").";
          case "publicLawForm" ->
              "The carrier, " + name + ", is a legal person of public law (" + form + ").";
          case "noLegalPersonality" ->
              "The carrier, "
                  + name
                  + ", has the legal category "
                  + form
                  + ", which has no legal personality.";
          case "declaredStatus" ->
              "The carrier, "
                  + name
                  + ", declares an SSE status that only private-law legal persons "
                  + "hold.";
          case "declaredCooperative" ->
              "The carrier, "
                  + name
                  + ", is declared a SCOP, SCIC or CAE: a cooperative, a "
                  + "legal person of private law.";
          case "publicKind" -> "The carrier, " + name + ", is a public body.";
          default -> "The legal form of the carrier, " + name + ", is unknown.";
        };
    Outcome outcome = finding.outcome();
    List<String> missing =
        outcome == Outcome.UNKNOWN
            ? List.of(
                path(f, carrier.get())
                    + ".stakeholder.legalCategory: the legal category (INSEE code) of "
                    + name)
            : List.of();
    String remediation =
        outcome == Outcome.NOT_MET
            ? "Carry the cluster by a private-law legal person (an "
                + "association, a cooperative such as a SCIC)."
            : null;
    return new Check(id, outcome, true, text, List.of(who.id()), missing, remediation, assumptions);
  }

  static Check threeLegalPersons(Facts f) {
    String id = DECREE + "2.three-legal-persons";
    // Whether a member is a legal person, on the library's reading of its legal category or form
    // (an enterprise
    // without one may be a sole trader): SseDefinition.legalPerson, as for the SSE status.
    Tally count = new Tally();
    for (int i : f.present) {
      Stakeholder s = f.members.get(i).stakeholder();
      Outcome has = f.presence(i).and(SseDefinition.legalPerson(s).outcome());
      count.add(
          f,
          i,
          has,
          has == Outcome.UNKNOWN
              ? List.of(
                  "$.members["
                      + i
                      + "].stakeholder.legalCategory: the legal category (INSEE code) of "
                      + s.name())
              : List.of());
    }
    int found = count.with.size();
    List<String> assumptions = f.anyWithoutJoiningDate() ? List.of(ASSUME_JOINING) : List.of();
    String observed =
        " " + found + " legal person(s): " + names(count.with) + "; required: at least 3";
    switch (count.atLeast(f, 3)) {
      case MET -> {
        return new Check(
            id,
            Outcome.MET,
            true,
            found + " legal persons are members or partners." + observed,
            ids(count.with),
            List.of(),
            null,
            assumptions);
      }
      case NOT_MET -> {
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "Only "
                + found
                + " legal person(s) are members or partners; at "
                + "least 3 are required."
                + observed,
            ids(count.with),
            List.of(),
            "Add " + (3 - found) + " legal person(s) to the cluster.",
            assumptions);
      }
      default -> {
        if (count.possible.isEmpty()) {
          return new Check(
              id,
              Outcome.UNKNOWN,
              true,
              found
                  + " legal person(s) among the members listed; at least 3 "
                  + "are required, and the list of members is not declared complete."
                  + observed,
              ids(count.with),
              count.missingFor(f, 3),
              "List the cluster's other members, or declare the member list complete.",
              assumptions);
        }
        String names = names(count.possible);
        return new Check(
            id,
            Outcome.UNKNOWN,
            true,
            found
                + " member(s) are known to be legal persons; whether these "
                + "are too is not known: "
                + names
                + "."
                + observed,
            ids(count.with),
            count.missingFor(f, 3),
            "Give the legal category (INSEE code) of " + names + ".",
            assumptions);
      }
    }
  }

  /**
   * "At least one member that…", as décret 2° asks it three times: the check's texts, by its
   * outcome.
   */
  static Check exists(
      Facts f,
      String id,
      Tally count,
      String met,
      String notMet,
      String remedyAdd,
      String unlisted,
      String unknown) {
    switch (count.atLeast(f, 1)) {
      case MET -> {
        Membership first = count.with.get(0);
        return new Check(
            id,
            Outcome.MET,
            true,
            first.stakeholder().name() + met,
            List.of(first.stakeholder().id()),
            List.of(),
            null,
            List.of());
      }
      case NOT_MET -> {
        return new Check(
            id, Outcome.NOT_MET, true, notMet, List.of(), List.of(), remedyAdd, List.of());
      }
      default -> {
        if (count.possible.isEmpty()) {
          return new Check(
              id,
              Outcome.UNKNOWN,
              true,
              unlisted,
              List.of(),
              count.missingFor(f, 1),
              "List the member, " + "or declare the member list complete if it has none.",
              List.of());
        }
        String names = names(count.possible);
        return new Check(
            id,
            Outcome.UNKNOWN,
            true,
            unknown + names + " is not known.",
            ids(count.possible),
            count.missingFor(f, 1),
            "Complete the status of " + names + ".",
            List.of());
      }
    }
  }

  static Check sseEnterprise(Facts f) {
    return exists(
        f,
        DECREE + "2.sse-enterprise",
        enterprises(f, true),
        " is an SSE enterprise.",
        "No member enterprise is an SSE enterprise.",
        "Add an SSE enterprise (cooperative, association, mutual, "
            + "foundation, or company with the SSE mention).",
        "No SSE enterprise is among the members listed; the list "
            + "of members is not declared complete.",
        "No member is known to be an SSE enterprise; the status of ");
  }

  static Check nonSseEnterprise(Facts f) {
    // An enterprise outside the SSE, or a grouping of enterprises declared mostly outside it.
    Tally count = new Tally();
    for (int i : f.present) {
      Stakeholder s = f.members.get(i).stakeholder();
      if (s.kind() == StakeholderKind.ENTERPRISE) {
        Outcome has = f.presence(i).and(f.sse(i).negate());
        count.add(f, i, has, has == Outcome.UNKNOWN ? sseMissing(f, i) : List.of());
      } else if (s.kind() == StakeholderKind.ENTERPRISE_GROUPING) {
        Optional<Boolean> mostly = s.mostlyNonSseMembers();
        Outcome has =
            f.presence(i)
                .and(
                    mostly.isEmpty()
                        ? Outcome.UNKNOWN
                        : mostly.get() ? Outcome.MET : Outcome.NOT_MET);
        count.add(
            f,
            i,
            has,
            has == Outcome.UNKNOWN
                ? List.of(
                    "$.members["
                        + i
                        + "].stakeholder.mostlyNonSseMembers: "
                        + "whether the members of "
                        + s.name()
                        + " are mostly enterprises outside the SSE")
                : List.of());
      }
    }
    return exists(
        f,
        DECREE + "2.non-sse-enterprise",
        count,
        " is an enterprise outside the SSE, or a grouping of " + "enterprises mostly outside it.",
        "No member is an enterprise outside the SSE or a grouping of mostly "
            + "non-SSE enterprises.",
        "Add an enterprise outside the SSE, or a grouping of mostly non-SSE enterprises.",
        "No enterprise outside the SSE, nor grouping of mostly non-SSE enterprises, is among the members listed; the "
            + "list of members is not declared complete.",
        "No member is known to be outside the SSE; the status of ");
  }

  static Check otherPerson(Facts f) {
    Tally count = otherPersons(f);
    return exists(
        f,
        DECREE + "2.other-art9-person",
        count,
        " is a person named by Art. 9 other than an " + "enterprise.",
        "No member or partner is a local authority, research centre, higher-education or training "
            + "body, or other person than an enterprise.",
        "Add a local authority, a research centre, a "
            + "higher-education or training body, or another person than an enterprise.",
        "No local authority, research "
            + "centre, higher-education or training body, or other person than an enterprise is among the members "
            + "listed; the list is not declared complete.",
        "Whether it takes part at the date: the membership of ");
  }

  static Check innovativeProject(Facts f) {
    String id = DECREE + "3.innovative-project-territory";
    List<String> missing = new ArrayList<>(2);
    if (f.cluster.perimeter().isEmpty()) {
      missing.add("$.perimeter: the cluster's perimeter");
    }
    Project innovative = null;
    for (Project p : f.cluster.projects()) {
      if (!p.innovation().isEmpty()) {
        innovative = p;
        break;
      }
    }
    if (innovative == null) {
      missing.add(
          f.cluster.projects().isEmpty()
              ? "$.projects: the projects the cluster serves"
              : "$.projects[0].innovation: how the projects are innovative (social, technological)");
    }
    if (!missing.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "An innovative project or the territory of the cluster is not " + "given.",
          List.of(),
          missing,
          "Define the perimeter and declare an innovative project.",
          List.of());
    }
    return new Check(
        id,
        Outcome.MET,
        true,
        "The project \""
            + innovative.title()
            + "\" is declared innovative ("
            + innovative.innovation()
            + ") and the territory is defined.",
        List.of(),
        List.of(),
        null,
        List.of());
  }

  static Check noPreviousStateSupport(Facts f) {
    String id = DECREE + "4.no-previous-state-support";
    // The décret governs the State's calls for PTCEs (secondary source): a support counts against
    // the cluster when it
    // came from one of them — a State call of the catalogue, or a call declared a PTCE call —
    // certainly before the
    // date. A label, another programme, or a support without a call does not; an unknown call or
    // date leaves it open.
    List<Support> supports = f.cluster.supports();
    boolean supportsComplete = f.cluster.supportsComplete().orElse(false);
    List<String> unclear = new ArrayList<>();
    boolean otherProgramme = false;
    for (int i = 0; i < supports.size(); i++) {
      Support s = supports.get(i);
      if (s.level() != FunderLevel.STATE || s.kind() == SupportKind.LABEL) {
        otherProgramme |= s.level() == FunderLevel.STATE;
        continue;
      }
      Optional<Scheme> scheme = s.schemeId().flatMap(CATALOGUE::find);
      Outcome ptceCall;
      if (scheme.isPresent()) {
        ptceCall =
            scheme.get().issuer().kind() == Issuer.Kind.STATE && scheme.get().call().isPresent()
                ? Outcome.MET
                : Outcome.NOT_MET;
      } else if (s.ptceCall().isPresent()) {
        ptceCall = s.ptceCall().get() ? Outcome.MET : Outcome.NOT_MET;
      } else {
        ptceCall =
            s.throughCall().isPresent() && !s.throughCall().get()
                ? Outcome.NOT_MET
                : Outcome.UNKNOWN;
      }
      if (ptceCall == Outcome.NOT_MET) {
        otherProgramme |= s.throughCall().orElse(false) || s.programme().isPresent();
        continue;
      }
      Outcome earlier =
          s.grantedOn().isEmpty() ? Outcome.UNKNOWN : before(s.grantedOn().get(), f.asOf);
      Outcome against = ptceCall.and(earlier);
      if (against == Outcome.MET) {
        String call = scheme.map(Scheme::id).orElse(s.programme().orElse("—"));
        return new Check(
            id,
            Outcome.NOT_MET,
            true,
            "The cluster was supported by the State under an earlier call "
                + "for PTCEs ("
                + call
                + ": "
                + s.funder()
                + ", "
                + s.grantedOn().get()
                + ").",
            List.of(),
            List.of(),
            null,
            List.of());
      }
      if (against == Outcome.UNKNOWN) {
        if (ptceCall == Outcome.UNKNOWN) {
          unclear.add(
              s.throughCall().isEmpty()
                  ? "$.supports["
                      + i
                      + "].throughCall: whether the support of "
                      + s.funder()
                      + " came from a call"
                  : "$.supports["
                      + i
                      + "].ptceCall: whether the call that gave the support of "
                      + s.funder()
                      + " was a State call for PTCEs");
        }
        if (earlier == Outcome.UNKNOWN) {
          unclear.add(
              "$.supports["
                  + i
                  + "].grantedOn: the date the support of "
                  + s.funder()
                  + " was granted");
        }
      }
    }
    if (!unclear.isEmpty()) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "Whether some State support came from an earlier State call for "
              + "PTCEs is not known: its call or its date is not given.",
          List.of(),
          unclear,
          "For each State support, "
              + "name the scheme it came from, or say whether it came from a State call for PTCEs, and give its date.",
          List.of());
    }
    if (supports.isEmpty() && !supportsComplete) {
      return new Check(
          id,
          Outcome.UNKNOWN,
          true,
          "No past support is declared, so whether the State supported the "
              + "cluster under an earlier call is not known.",
          List.of(),
          List.of(
              "$.supports: the support the cluster " + "received",
              "$.supportsComplete: whether the list of support is complete",
              "$.assessments[?(@.criterionId=='"
                  + id
                  + "')]: a declaration that the State never supported the cluster under a call"),
          "List the support the "
              + "cluster received, or declare (as an assessment of this criterion) that it received none from a State "
              + "call.",
          List.of());
    }
    List<String> assumptions = new ArrayList<>(2);
    if (!supportsComplete) {
      assumptions.add(
          "Decided on the support listed: the list is not declared complete, and a support it does not "
              + "list could change the answer.");
    }
    if (otherProgramme) {
      assumptions.add(
          "Reading of 4° (secondary source): the décret governs the State's calls for PTCEs; a support "
              + "from another programme, a label or a support without a call does not count as support under an earlier "
              + "call.");
    }
    return new Check(
        id,
        Outcome.MET,
        true,
        "None of the "
            + supports.size()
            + " support(s) listed came from an "
            + "earlier State call for PTCEs.",
        List.of(),
        List.of(),
        null,
        assumptions);
  }
}
