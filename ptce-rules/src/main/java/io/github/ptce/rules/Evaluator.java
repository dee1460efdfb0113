package io.github.ptce.rules;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.UnnamedMembers;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.spi.Dates;
import io.github.ptce.rules.spi.SseDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of one cluster at one date: walks the criteria trees and shares, across them, what
 * is costly to compute (active members, the resolved perimeter, each member's SSE status). Confined
 * to one thread.
 */
final class Evaluator implements Evaluation {
  private static final byte NOT_COMPUTED = 0;

  /**
   * {@code Outcome.values()} copies the array on every call; the SSE status is read once per member
   * and criterion.
   */
  private static final Outcome[] OUTCOMES = Outcome.values();

  /** How far {@link #indexOf} scans from the last position before it builds the identity map. */
  private static final int SCAN = 8;

  private final EligibilityEngine engine;
  private final Cluster cluster;
  private final LocalDate asOf;
  private final Map<String, Assessment> assessments;
  private final List<Membership> active;

  /** The members that are or may be members at the date: those a per-member scheme reports on. */
  private final List<Membership> evaluated;

  /** Each member's presence at the date, as an ordinal of {@link Outcome}. */
  private final byte[] presence;

  // Computed when first asked for (null until then), or set for the scheme and member being
  // evaluated.
  private @Nullable List<Participant> participants;
  private byte @Nullable [] groupSse;
  private @Nullable IdentityHashMap<Membership, Integer> indices;
  private int lastIndex = -1;
  private byte @Nullable [] sse;

  @SuppressWarnings(
      "NullableOptional") // null until first asked for: resolving is costly and often not needed
  private @Nullable Optional<ResolvedPerimeter> perimeter;

  private @Nullable Membership subject;
  private @Nullable Scheme scheme;

  Evaluator(
      EligibilityEngine engine,
      Cluster cluster,
      LocalDate asOf,
      Map<String, Assessment> assessments) {
    this.engine = engine;
    this.cluster = cluster;
    this.asOf = asOf;
    this.assessments = assessments;
    List<Membership> members = cluster.members();
    List<Membership> current = new ArrayList<>(members.size());
    List<Membership> possible = new ArrayList<>(members.size());
    this.presence = new byte[members.size()];
    for (int i = 0; i < members.size(); i++) {
      Membership membership = members.get(i);
      Outcome present = presence(membership, asOf);
      presence[i] = (byte) present.ordinal();
      if (present == Outcome.MET) {
        current.add(membership);
      }
      if (present != Outcome.NOT_MET) {
        possible.add(membership);
      }
    }
    this.active = Collections.unmodifiableList(current);
    this.evaluated =
        current.size() == possible.size() ? this.active : Collections.unmodifiableList(possible);
  }

  /**
   * Whether a member is a member at the date: joined on or before it (an unknown joining date
   * counts as joined, and reports say so), not left and not ceased on or before it; a date known
   * only to the month or year that contains the date leaves it open. A unit that had ceased by a
   * date at the latest ({@code ceasedBy}) is certainly not a member from the last day of that date
   * on, and perhaps not before it.
   */
  static Outcome presence(Membership membership, LocalDate asOf) {
    // Plain tests rather than Optional.map: no lambda per member and evaluation.
    Optional<PartialDate> joinedOn = membership.joinedOn();
    Optional<PartialDate> leftOn = membership.leftOn();
    Optional<PartialDate> ceasedOn = membership.stakeholder().ceasedOn();
    Optional<PartialDate> ceasedBy = membership.stakeholder().ceasedBy();
    Outcome joined = joinedOn.isEmpty() ? Outcome.MET : Dates.onOrBefore(joinedOn.get(), asOf);
    Outcome notLeft = leftOn.isEmpty() ? Outcome.MET : Dates.after(leftOn.get(), asOf);
    Outcome notCeased = ceasedOn.isEmpty() ? Outcome.MET : Dates.after(ceasedOn.get(), asOf);
    Outcome notCeasedBy = ceasedBy.isEmpty() ? Outcome.MET : notCeasedBy(ceasedBy.get(), asOf);
    return joined.and(notLeft).and(notCeased).and(notCeasedBy);
  }

  /**
   * Ceased on some day up to the last day of {@code by}: certainly ceased from that day on, unknown
   * before.
   */
  private static Outcome notCeasedBy(PartialDate by, LocalDate asOf) {
    return asOf.isBefore(by.latest()) ? Outcome.UNKNOWN : Outcome.NOT_MET;
  }

  /**
   * The key of an assessment: the criterion, and the member for a criterion evaluated per member.
   */
  static String key(String criterionId, Optional<String> member) {
    return member.map(m -> criterionId + '\u0000' + m).orElse(criterionId);
  }

  @Override
  public Cluster cluster() {
    return cluster;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public Scheme scheme() {
    if (scheme == null) {
      throw new IllegalStateException("no scheme is under evaluation");
    }
    return scheme;
  }

  @Override
  public SchemeCatalog catalog() {
    return engine.catalog();
  }

  @Override
  public Optional<Membership> member() {
    return Optional.ofNullable(subject);
  }

  @Override
  public EvaluationOptions options() {
    return engine.options();
  }

  @Override
  public Geography geography() {
    return engine.geography();
  }

  @Override
  public Optional<ResolvedPerimeter> perimeter() {
    if (perimeter == null) {
      perimeter = cluster.perimeter().map(p -> engine.geography().resolve(p));
    }
    return perimeter;
  }

  @Override
  public TerritoryMatch territoryMatch(TerritorialScope scope) {
    if (scope.isNational()) {
      return TerritoryMatch.INSIDE;
    }
    Optional<ResolvedPerimeter> resolved = perimeter();
    if (resolved.isEmpty() || resolved.get().isEmpty()) {
      return TerritoryMatch.UNKNOWN;
    }
    if (!scope.regions().isEmpty()) {
      return match(resolved.get().regions(), scope.regions());
    }
    return match(resolved.get().departements(), scope.departements());
  }

  private static <T> TerritoryMatch match(Set<T> covered, Set<T> scope) {
    boolean someIn = false;
    boolean someOut = false;
    for (T code : covered) {
      if (scope.contains(code)) {
        someIn = true;
      } else {
        someOut = true;
      }
    }
    return someIn
        ? (someOut ? TerritoryMatch.PARTLY : TerritoryMatch.INSIDE)
        : TerritoryMatch.OUTSIDE;
  }

  @Override
  public List<Membership> activeMembers() {
    return active;
  }

  @Override
  public List<Participant> participants() {
    if (participants == null) {
      List<Membership> members = cluster.members();
      List<UnnamedMembers> groups = cluster.unnamedMembers();
      List<Participant> all = new ArrayList<>(evaluated.size() + groups.size());
      for (int i = 0; i < members.size(); i++) {
        Outcome present = OUTCOMES[presence[i]];
        if (present != Outcome.NOT_MET) {
          all.add(Participant.named(members.get(i), i, present));
        }
      }
      for (int i = 0; i < groups.size(); i++) {
        all.add(Participant.unnamed(groups.get(i), i));
      }
      participants = Collections.unmodifiableList(all);
    }
    return participants;
  }

  @Override
  public boolean membersComplete() {
    return cluster.membersComplete().orElse(false);
  }

  @Override
  public Outcome presence(Membership membership) {
    return OUTCOMES[presence[indexOf(membership)]];
  }

  @Override
  public List<MissingFact> presenceMissingFacts(Participant participant) {
    if (participant.presence() != Outcome.UNKNOWN || participant.membership().isEmpty()) {
      return List.of();
    }
    Membership membership = participant.membership().get();
    List<MissingFact> facts = new ArrayList<>(2);
    String name = membership.stakeholder().name();
    if (membership
        .joinedOn()
        .map(d -> Dates.onOrBefore(d, asOf) == Outcome.UNKNOWN)
        .orElse(false)) {
      facts.add(
          new MissingFact(
              participant.path() + ".joinedOn",
              EngineMessages.of("fact.joinedOn", Map.of("name", name))));
    }
    if (membership.leftOn().map(d -> Dates.after(d, asOf) == Outcome.UNKNOWN).orElse(false)) {
      facts.add(
          new MissingFact(
              participant.path() + ".leftOn",
              EngineMessages.of("fact.leftOn", Map.of("name", name))));
    }
    if (membership
        .stakeholder()
        .ceasedOn()
        .map(d -> Dates.after(d, asOf) == Outcome.UNKNOWN)
        .orElse(false)) {
      facts.add(
          new MissingFact(
              participant.factsPath() + ".ceasedOn",
              EngineMessages.of("fact.ceasedOn", Map.of("name", name))));
    }
    Optional<PartialDate> ceasedBy = membership.stakeholder().ceasedBy();
    if (ceasedBy.isPresent() && notCeasedBy(ceasedBy.get(), asOf) == Outcome.UNKNOWN) {
      facts.add(
          new MissingFact(
              participant.factsPath() + ".ceasedOn",
              EngineMessages.of("fact.ceasedBy", Map.of("name", name, "date", ceasedBy.get()))));
    }
    return facts;
  }

  @Override
  public Outcome sseStatus(Participant participant) {
    if (participant.membership().isPresent()) {
      return sseStatus(participant.membership().get());
    }
    int index = cluster.unnamedMembers().indexOf(participant.group().orElseThrow());
    if (groupSse == null) {
      groupSse = new byte[cluster.unnamedMembers().size()];
    }
    if (groupSse[index] == NOT_COMPUTED) {
      groupSse[index] = (byte) (SseDefinition.outcome(participant.facts(), asOf).ordinal() + 1);
    }
    return OUTCOMES[groupSse[index] - 1];
  }

  @Override
  public boolean ssePresumed(Participant participant) {
    return sseStatus(participant) == Outcome.MET
        && SseDefinition.presumed(participant.facts(), asOf);
  }

  @Override
  public List<MissingFact> sseMissingFacts(Participant participant) {
    return SseDefinition.missingFacts(
        participant.facts(), participant.factsPath(), asOf, participant.name());
  }

  private int indexOf(Membership membership) {
    // Criteria walk the members in order, each criterion from the first: the member asked for is
    // nearly always
    // the last one again, one just after it, or one of the first. A short identity scan of those
    // finds it
    // without building (and boxing into) the identity map, which a 30-member evaluation would
    // otherwise build
    // for a handful of look-ups. The map still bounds the cost of any other access pattern.
    List<Membership> members = cluster.members();
    int size = members.size();
    int from = Math.max(lastIndex, 0);
    for (int i = from; i < Math.min(from + SCAN, size); i++) {
      if (members.get(i) == membership) {
        lastIndex = i;
        return i;
      }
    }
    for (int i = 0; i < Math.min(SCAN, from); i++) {
      if (members.get(i) == membership) {
        lastIndex = i;
        return i;
      }
    }
    if (indices == null) {
      indices = new IdentityHashMap<>(members.size() * 2);
      for (int i = 0; i < members.size(); i++) {
        indices.put(members.get(i), i);
      }
    }
    Integer index = indices.get(membership);
    if (index == null) {
      throw new IllegalArgumentException(
          "not a membership of the cluster under evaluation: " + membership.stakeholder().id());
    }
    lastIndex = index;
    return index;
  }

  @Override
  public String pathOf(Membership membership) {
    return "$.members[" + indexOf(membership) + "]";
  }

  @Override
  public Outcome sseStatus(Membership membership) {
    int index = indexOf(membership);
    if (sse == null) {
      sse = new byte[cluster.members().size()];
    }
    // Stored as ordinal + 1, so that a new array (all zeros) needs no filling: 0 is "not computed
    // yet".
    if (sse[index] == NOT_COMPUTED) {
      sse[index] = (byte) (SseDefinition.outcome(membership.stakeholder(), asOf).ordinal() + 1);
    }
    return OUTCOMES[sse[index] - 1];
  }

  @Override
  public List<MissingFact> sseMissingFacts(Membership membership) {
    return SseDefinition.missingFacts(
        membership.stakeholder(),
        pathOf(membership) + ".stakeholder",
        asOf,
        membership.stakeholder().name());
  }

  @Override
  public Optional<Assessment> assessment(String criterionId) {
    if (assessments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        assessments.get(
            key(
                criterionId,
                subject == null ? Optional.empty() : Optional.of(subject.stakeholder().id()))));
  }

  // ---------------------------------------------------------------- schemes

  /**
   * Evaluates a scheme: one report for a cluster scheme, one per active member for a member scheme.
   */
  void evaluate(Scheme scheme, List<SchemeReport> out) {
    this.scheme = scheme;
    try {
      evaluateScheme(scheme, out);
    } finally {
      this.scheme = null;
    }
  }

  private void evaluateScheme(Scheme scheme, List<SchemeReport> out) {
    Optional<Message> notApplicable = notApplicable(scheme);
    if (scheme.subject() == SchemeSubject.CLUSTER) {
      out.add(
          notApplicable.isPresent()
              ? notApplicableReport(scheme, Optional.empty(), notApplicable.get())
              : evaluateTree(scheme, Optional.empty()));
      return;
    }
    for (Membership membership : evaluated) {
      SchemeReport.Subject who =
          new SchemeReport.Subject(
              membership.stakeholder().id(), membership.stakeholder().name(), pathOf(membership));
      if (notApplicable.isPresent()) {
        out.add(notApplicableReport(scheme, Optional.of(who), notApplicable.get()));
        continue;
      }
      subject = membership;
      try {
        out.add(evaluateTree(scheme, Optional.of(who)));
      } finally {
        subject = null;
      }
    }
  }

  /** Why a scheme does not apply at all: not in force at the date, or outside its territory. */
  Optional<Message> notApplicable(Scheme scheme) {
    Validity window = scheme.validity();
    if (asOf.isBefore(window.from())) {
      return Optional.of(
          EngineMessages.of("scheme.notYetInForce", Map.of("from", Labels.from(window.from()))));
    }
    if (window.endedBefore(asOf)) {
      return Optional.of(
          EngineMessages.of(
              "scheme.noLongerInForce", Map.of("to", Labels.until(window.to().orElseThrow()))));
    }
    if (territoryMatch(scheme.scope()) == TerritoryMatch.OUTSIDE) {
      return Optional.of(
          EngineMessages.of("scheme.outsideTerritory", Map.of("scope", describe(scheme.scope()))));
    }
    return Optional.empty();
  }

  private String describe(TerritorialScope scope) {
    List<String> names = new ArrayList<>();
    for (RegionCode region : scope.regions()) {
      names.add(
          engine
              .geography()
              .region(region)
              .map(r -> r.name() + " (" + region + ")")
              .orElse(region.toString()));
    }
    for (DepartementCode departement : scope.departements()) {
      names.add(
          engine
              .geography()
              .departement(departement)
              .map(d -> d.name() + " (" + departement + ")")
              .orElse(departement.toString()));
    }
    return String.join(", ", names);
  }

  private SchemeReport notApplicableReport(
      Scheme scheme, Optional<SchemeReport.Subject> who, Message reason) {
    return new SchemeReport(
        scheme,
        who,
        SchemeOutcome.NOT_APPLICABLE,
        reason,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        new DecisionShares(0, 0, 0, 0),
        List.of(scheme.legalBasis()));
  }

  private SchemeReport evaluateTree(Scheme scheme, Optional<SchemeReport.Subject> who) {
    List<CriterionReport.Single> leaves = new ArrayList<>();
    CriterionReport tree = node(scheme.criteria(), leaves);
    Outcome outcome = tree.outcome();

    Map<String, List<String>> facts = new LinkedHashMap<>();
    Map<String, MissingFact> factByPath = new HashMap<>();
    List<Message> remediations = new ArrayList<>();
    walk(tree, facts, factByPath, remediations);

    List<Message> assumptions = new ArrayList<>();
    List<LegalBasis> bases = new ArrayList<>();
    bases.add(scheme.legalBasis());
    int automated = 0;
    int declared = 0;
    int assessed = 0;
    int undetermined = 0;
    int notMet = 0;
    for (CriterionReport.Single single : leaves) {
      Outcome o = single.result().outcome();
      if (o == Outcome.NOT_APPLICABLE) {
        continue;
      }
      // An informative criterion (the partners of Art. 9 I) does not count in the outcome, but the
      // text it
      // applies is one of the scheme's texts applied.
      if (!bases.contains(single.legalBasis())) {
        bases.add(single.legalBasis());
      }
      if (!single.counts()) {
        continue;
      }
      for (Message assumption : single.result().assumptions()) {
        if (!assumptions.contains(assumption)) {
          assumptions.add(assumption);
        }
      }
      if (o == Outcome.UNKNOWN) {
        undetermined++;
        continue;
      }
      if (o == Outcome.NOT_MET) {
        notMet++;
      }
      switch (single.decidedBy().orElseThrow()) {
        case AUTOMATED -> automated++;
        case DECLARED -> declared++;
        case ASSESSED -> assessed++;
      }
    }
    Message reason =
        switch (outcome) {
          case MET -> EngineMessages.of("scheme.eligible");
          case NOT_MET ->
              EngineMessages.of("scheme.notEligible", Map.of("count", Integer.toString(notMet)));
          case UNKNOWN ->
              EngineMessages.of(
                  "scheme.undetermined", Map.of("count", Integer.toString(undetermined)));
          case NOT_APPLICABLE -> EngineMessages.of("scheme.noCriterionApplies");
        };
    return new SchemeReport(
        scheme,
        who,
        SchemeOutcome.of(outcome),
        reason,
        Optional.of(tree),
        rank(facts, factByPath, outcome == Outcome.UNKNOWN ? 1 : 0),
        remediations,
        assumptions,
        new DecisionShares(automated, declared, assessed, undetermined),
        bases);
  }

  private CriterionReport node(CriterionNode node, List<CriterionReport.Single> leaves) {
    if (node instanceof CriterionNode.Leaf leaf) {
      CriterionReport.Single single = leaf(leaf.criterion(), leaf.counts());
      leaves.add(single);
      return single;
    }
    boolean anyOf = node instanceof CriterionNode.AnyOf;
    List<CriterionNode> children =
        anyOf ? ((CriterionNode.AnyOf) node).nodes() : ((CriterionNode.AllOf) node).nodes();
    List<CriterionReport> parts = new ArrayList<>(children.size());
    List<Outcome> outcomes = new ArrayList<>(children.size());
    for (CriterionNode child : children) {
      CriterionReport part = node(child, leaves);
      parts.add(part);
      if (!(part instanceof CriterionReport.Single single) || single.counts()) {
        outcomes.add(part.outcome());
      }
    }
    return new CriterionReport.Group(
        anyOf, anyOf ? Outcome.anyOf(outcomes) : Outcome.allOf(outcomes), parts);
  }

  private CriterionReport.Single leaf(Criterion criterion, boolean counts) {
    LegalBasis basis = criterion.legalBasis(asOf);
    Validity validity = criterion.validity();
    if (!validity.contains(asOf)) {
      Message reason =
          asOf.isBefore(validity.from())
              ? EngineMessages.of(
                  "criterion.notYetInForce", Map.of("from", Labels.from(validity.from())))
              : EngineMessages.of(
                  "criterion.noLongerInForce",
                  Map.of("to", Labels.until(validity.to().orElseThrow())));
      return new CriterionReport.Single(
          criterion,
          basis,
          CriterionResult.builder(Outcome.NOT_APPLICABLE, reason).build(),
          counts);
    }
    if (criterion.acceptsAssessment()) {
      Optional<Assessment> assessment = assessment(criterion.id());
      if (assessment.isPresent()) {
        Assessment a = assessment.get();
        if (criterion.kind() == CriterionKind.AUTOMATED) {
          // The data decide what they can; the assessment answers only what they leave unknown.
          CriterionResult byData = criterion.evaluate(this);
          if (byData.outcome() != Outcome.UNKNOWN) {
            return new CriterionReport.Single(
                criterion,
                basis,
                byData.withAssumption(
                    EngineMessages.of(
                        "assessment.notUsed",
                        Map.of("assessor", a.assessor(), "date", Labels.on(a.date())))),
                counts);
          }
        }
        Message reason =
            EngineMessages.of(
                a.outcome() == Outcome.MET ? "assessment.met" : "assessment.notMet",
                Map.of(
                    "assessor",
                    a.assessor(),
                    "date",
                    Labels.on(a.date()),
                    "note",
                    a.note().orElse("")));
        return new CriterionReport.Single(
            criterion,
            basis,
            CriterionResult.builder(a.outcome(), reason)
                .decidedBy(CriterionKind.ASSESSED)
                .assessment(a)
                .build(),
            counts);
      }
    }
    return new CriterionReport.Single(
        criterion, basis, joiningDates(criterion.evaluate(this)), counts);
  }

  /**
   * Adds to a decided result the assumption that its members without a joining date were members at
   * the date: a joining date given later could show otherwise.
   */
  private CriterionResult joiningDates(CriterionResult result) {
    // A scheme evaluated per member is about the stakeholder, whatever its membership.
    if (subject != null || !result.outcome().isDecided() || result.members().isEmpty()) {
      return result;
    }
    List<String> undated = null;
    for (String id : result.members()) {
      Optional<Membership> member = cluster.member(id);
      if (member.isPresent() && member.get().joinedOn().isEmpty()) {
        if (undated == null) {
          undated = new ArrayList<>(2);
        }
        undated.add(member.get().stakeholder().name());
      }
    }
    if (undated == null) {
      return result;
    }
    return result.withAssumption(
        EngineMessages.of(
            "assume.joiningDate",
            Map.of("names", String.join(", ", undated.subList(0, Math.min(5, undated.size()))))));
  }

  /**
   * Collects the missing facts of the criteria that keep the outcome unknown, and the remediations
   * of those that are not met or unknown where it matters: a part whose group is already decided
   * cannot change it.
   */
  private static void walk(
      CriterionReport report,
      Map<String, List<String>> facts,
      Map<String, MissingFact> byPath,
      List<Message> remediations) {
    Outcome outcome = report.outcome();
    if (outcome == Outcome.MET || outcome == Outcome.NOT_APPLICABLE) {
      return;
    }
    if (report instanceof CriterionReport.Single single) {
      if (!single.counts()) {
        return;
      }
      if (outcome == Outcome.UNKNOWN) {
        for (MissingFact fact : single.result().missingFacts()) {
          facts.computeIfAbsent(fact.path(), p -> new ArrayList<>()).add(single.criterion().id());
          byPath.putIfAbsent(fact.path(), fact);
        }
      }
      single
          .result()
          .remediation()
          .filter(r -> !remediations.contains(r))
          .ifPresent(remediations::add);
      return;
    }
    CriterionReport.Group group = (CriterionReport.Group) report;
    for (CriterionReport part : group.parts()) {
      // In an unknown group, only the unknown parts can change it; in a failed group, the failed
      // parts.
      if (part.outcome() == outcome || (outcome == Outcome.NOT_MET && group.anyOf())) {
        walk(part, facts, byPath, remediations);
      }
    }
  }

  /**
   * Ranks the facts by the number of criteria that miss them (the outcomes count is the caller's).
   */
  static List<RankedMissingFact> rank(
      Map<String, List<String>> facts, Map<String, MissingFact> byPath, int outcomes) {
    List<RankedMissingFact> ranked = new ArrayList<>(facts.size());
    facts.forEach(
        (path, criteria) ->
            ranked.add(
                new RankedMissingFact(
                    Objects.requireNonNull(byPath.get(path)), outcomes, criteria)));
    ranked.sort(RANKING);
    return ranked;
  }

  /** Most outcomes first, then most criteria, then by path. */
  static final java.util.Comparator<RankedMissingFact> RANKING =
      java.util.Comparator.comparingInt(RankedMissingFact::outcomes)
          .reversed()
          .thenComparing(
              java.util.Comparator.comparingInt((RankedMissingFact f) -> f.criteria().size())
                  .reversed())
          .thenComparing(f -> f.fact().path());
}
