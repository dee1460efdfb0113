package io.github.ptce.rules.render;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.provenance.SourceKind;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the facts that decided a criterion come from: the sources listed by the members the
 * criterion names (a Sirene stock file, a published page, …), each once, with the members that cite
 * it. Only for a criterion decided from the data or from declarations: an assessment rests on its
 * assessor, and a criterion still unknown rests on no fact. A source is told apart by its kind,
 * title, address and reading date, not by the facts it lists (the same stock file supports other
 * facts of each member).
 */
final class FactSources {
  /** A source as a report cites it, and the ids of the members whose facts it supports. */
  record Cited(
      SourceKind kind,
      Optional<String> title,
      Optional<String> url,
      Optional<PartialDate> readOn,
      List<String> members) {}

  private record Key(
      SourceKind kind,
      Optional<String> title,
      Optional<String> url,
      Optional<PartialDate> readOn) {}

  private static final FactSources NONE = new FactSources(Map.of());

  private final Map<String, List<Source>> byMember;

  private FactSources(Map<String, List<Source>> byMember) {
    this.byMember = byMember;
  }

  /** The sources of the cluster's named members, by member id. */
  static FactSources of(Cluster cluster) {
    Map<String, List<Source>> byMember = new HashMap<>();
    for (Membership membership : cluster.members()) {
      if (!membership.stakeholder().sources().isEmpty()) {
        byMember.put(membership.stakeholder().id(), membership.stakeholder().sources());
      }
    }
    return byMember.isEmpty() ? NONE : new FactSources(byMember);
  }

  /**
   * The sources of the members that decided the criterion, in the order of its members; none when
   * undecided.
   */
  List<Cited> of(CriterionReport.Single single) {
    Outcome outcome = single.result().outcome();
    if (byMember.isEmpty()
        || (outcome != Outcome.MET && outcome != Outcome.NOT_MET)
        || single.decidedBy().filter(k -> k == CriterionKind.ASSESSED).isPresent()) {
      return List.of();
    }
    // Sets: one register source may support the facts of every member of a large cluster.
    Map<Key, Set<String>> cited = new LinkedHashMap<>();
    for (String member : single.result().members()) {
      for (Source source : byMember.getOrDefault(member, List.of())) {
        cited
            .computeIfAbsent(
                new Key(source.kind(), source.title(), source.url(), source.readOn()),
                k -> new LinkedHashSet<>(4))
            .add(member);
      }
    }
    List<Cited> sources = new ArrayList<>(cited.size());
    cited.forEach(
        (key, members) ->
            sources.add(
                new Cited(key.kind(), key.title(), key.url(), key.readOn(), List.copyOf(members))));
    return sources;
  }
}
