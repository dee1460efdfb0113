package io.github.ptce.rules.render;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.resources.MixShares;
import io.github.ptce.core.resources.ResourceMix;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.DecisionShares;
import io.github.ptce.rules.EligibilityReport;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Overview;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeOutcome;
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.render.Doc.Badge;
import io.github.ptce.rules.render.Doc.Fields;
import io.github.ptce.rules.render.Doc.Item;
import io.github.ptce.rules.render.Doc.Items;
import io.github.ptce.rules.render.Doc.Line;
import io.github.ptce.rules.render.Doc.Para;
import io.github.ptce.rules.render.Doc.Section;
import io.github.ptce.rules.render.Doc.Style;
import io.github.ptce.rules.render.Doc.Table;
import io.github.ptce.rules.render.Doc.Tone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what the human-readable reports show, in which order, once for the three formats: a
 * header, one section per scheme (one compact table for a scheme evaluated per member), the missing
 * facts ranked, the assessments, the assumptions, the legal texts and how the criteria were
 * decided.
 *
 * <p>Stateless apart from the words of the language; confined to the rendering thread.
 */
final class Outline {
  /** How many missing facts and remediations the overview shows per scheme. */
  private static final int OVERVIEW_FIRST = 3;

  private final Words w;

  Outline(Words words) {
    this.w = words;
  }

  // ------------------------------------------------------------------------------------------
  // report

  /** What produced the document: the rules, the geography and the reading of Art. 9 I. */
  private void versions(
      Fields header, String rulesVersion, String geographyVersion, EvaluationOptions options) {
    header.add(w.get("report.rulesVersion"), new Line().text(rulesVersion));
    header.add(w.get("report.geographyVersion"), new Line().text(geographyVersion));
    int minimum = options.minimumSseEnterprises();
    header.add(
        w.get("report.reading"),
        new Line()
            .text(
                w.get(
                    minimum == 1 ? "report.reading.literal" : "report.reading.strict",
                    "count",
                    Integer.toString(minimum))));
  }

  Section report(EligibilityReport report) {
    Cluster cluster = report.cluster();
    Section root =
        new Section(new Line().text(w.get("report.title")).text(" — ").name(cluster.name()));
    Fields header = new Fields();
    Line name = new Line().name(cluster.name());
    cluster.id().ifPresent(id -> name.text(" ").code(id));
    header.add(w.get("report.cluster"), name);
    header.add(w.get("report.date"), new Line().text(report.asOf().toString()));
    versions(header, report.rulesVersion(), report.geographyVersion(), report.options());
    if (!report.schemes().isEmpty()) {
      header.add(w.get("report.summary"), summary(report.schemes()));
    }
    root.add(header);
    latestMix(cluster).ifPresent(root::add);

    List<SchemeReport> schemes = report.schemes();
    FactSources sources = FactSources.of(cluster);
    if (schemes.isEmpty()) {
      root.add(new Para(new Line().text(w.get("report.noScheme"))));
    }
    for (int i = 0; i < schemes.size(); ) {
      SchemeReport first = schemes.get(i);
      if (first.subject().isEmpty()) {
        root.add(scheme(first, sources));
        i++;
        continue;
      }
      int end = i + 1;
      while (end < schemes.size()
          && schemes.get(end).subject().isPresent()
          && schemes.get(end).scheme().id().equals(first.scheme().id())) {
        end++;
      }
      root.add(perMember(schemes.subList(i, end)));
      i = end;
    }

    if (!report.missingFacts().isEmpty()) {
      Items facts = new Items(Style.ORDERED);
      for (RankedMissingFact fact : report.missingFacts()) {
        facts.add(
            new Item(new Line().code(fact.fact().path()))
                .detail(new Line().text(w.text(fact.fact().description())))
                .detail(
                    new Line()
                        .text(
                            w.get(
                                "fact.impact",
                                Map.of(
                                    "count",
                                    Integer.toString(fact.outcomes()),
                                    "criteria",
                                    String.join(", ", fact.criteria()))))));
      }
      root.add(new Section(new Line().text(w.get("report.missingFacts"))).add(facts));
    }
    if (!report.assessments().isEmpty()) {
      Items items = new Items(Style.BULLET);
      for (Assessment assessment : report.assessments()) {
        items.add(assessment(assessment));
      }
      root.add(new Section(new Line().text(w.get("report.assessments"))).add(items));
    }
    if (!report.assumptions().isEmpty()) {
      root.add(
          new Section(new Line().text(w.get("report.assumptions")))
              .add(messages(report.assumptions())));
    }
    if (!report.legalTexts().isEmpty()) {
      Items texts = new Items(Style.BULLET);
      for (LegalBasis basis : report.legalTexts()) {
        texts.add(legalText(basis));
      }
      root.add(new Section(new Line().text(w.get("report.legalTexts"))).add(texts));
    }
    DecisionShares shares = report.decisionShares();
    if (shares.total() > 0) {
      root.add(
          new Section(new Line().text(w.get("report.decisionShares")))
              .add(new Para(shares(shares))));
    }
    return root;
  }

  /** The count of each outcome, in outcome order, e.g. "✔ ELIGIBLE 3 · ? UNDETERMINED 2". */
  private Line summary(List<SchemeReport> reports) {
    int[] counts = new int[SchemeOutcome.values().length];
    for (SchemeReport report : reports) {
      counts[report.outcome().ordinal()]++;
    }
    Line line = new Line();
    boolean first = true;
    for (SchemeOutcome outcome : SchemeOutcome.values()) {
      if (counts[outcome.ordinal()] == 0) {
        continue;
      }
      if (!first) {
        line.text(" · ");
      }
      first = false;
      line.badge(badge(outcome, false)).text(" " + counts[outcome.ordinal()]);
    }
    return line;
  }

  /** The resource mix of the latest year whose total is not zero. */
  static Optional<Doc.Mix> latestMix(Cluster cluster) {
    ResourceMix latest = null;
    MixShares latestShares = null;
    for (ResourceMix mix : cluster.resources()) {
      if (latest != null && mix.year() <= latest.year()) {
        continue;
      }
      Optional<MixShares> shares = mix.shares();
      if (shares.isPresent()) {
        latest = mix;
        latestShares = shares.get();
      }
    }
    return latest == null || latestShares == null
        ? Optional.empty()
        : Optional.of(new Doc.Mix(latest, latestShares));
  }

  private Section scheme(SchemeReport report, FactSources sources) {
    Scheme scheme = report.scheme();
    Section section = new Section(new Line().text(w.text(scheme.title())));
    section.add(new Para(identity(scheme)));
    section.add(new Para(outcome(report)));
    scheme.grant().ifPresent(grant -> section.add(new Para(grant(grant))));
    section.add(new Para(basisLine(w.get("scheme.basis"), scheme.legalBasis())));
    report
        .criteria()
        .ifPresent(
            tree -> {
              Items items = new Items(Style.TREE);
              items.add(criteria(tree, sources));
              section.add(new Section(new Line().text(w.get("scheme.criteria"))).add(items));
            });
    addDetails(
        section,
        report.missingFacts(),
        report.remediations(),
        report.assumptions(),
        report.decisionShares());
    return section;
  }

  /**
   * The schemes evaluated per member: one table, then the facts and hints of every member together.
   */
  private Section perMember(List<SchemeReport> reports) {
    Scheme scheme = reports.get(0).scheme();
    Section section = new Section(new Line().text(w.text(scheme.title())));
    section.add(
        new Para(
            identity(scheme)
                .text(" · ")
                .text(w.get("scheme.perMember", "count", Integer.toString(reports.size())))));
    section.add(new Para(summary(reports)));
    section.add(new Para(basisLine(w.get("scheme.basis"), scheme.legalBasis())));
    Table table =
        new Table(List.of(w.get("scheme.member"), w.get("scheme.outcome"), w.get("scheme.reason")));
    List<RankedMissingFact> facts = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    Set<Message> remediations = new LinkedHashSet<>();
    Set<Message> assumptions = new LinkedHashSet<>();
    DecisionShares shares = new DecisionShares(0, 0, 0, 0);
    for (SchemeReport report : reports) {
      SchemeReport.Subject subject = report.subject().orElseThrow();
      Line reason = new Line().text(w.text(report.reason()));
      firstDecisive(report)
          .ifPresent(single -> reason.text(" ").text(w.text(single.result().reason())));
      table
          .rows()
          .add(
              List.of(
                  new Line().name(subject.name()),
                  new Line().badge(badge(report.outcome(), true)),
                  reason));
      for (RankedMissingFact fact : report.missingFacts()) {
        if (paths.add(fact.fact().path())) {
          facts.add(fact);
        }
      }
      remediations.addAll(report.remediations());
      assumptions.addAll(report.assumptions());
      shares = shares.plus(report.decisionShares());
    }
    section.add(table);
    addDetails(section, facts, List.copyOf(remediations), List.copyOf(assumptions), shares);
    return section;
  }

  /**
   * The first counted criterion, depth first, that makes a scheme not eligible or undetermined: its
   * reason says more about a member than the scheme's count of criteria.
   */
  private static Optional<CriterionReport.Single> firstDecisive(SchemeReport report) {
    Outcome wanted =
        switch (report.outcome()) {
          case NOT_ELIGIBLE -> Outcome.NOT_MET;
          case UNDETERMINED -> Outcome.UNKNOWN;
          default -> null;
        };
    if (wanted == null || report.criteria().isEmpty()) {
      return Optional.empty();
    }
    return find(report.criteria().get(), wanted);
  }

  private static Optional<CriterionReport.Single> find(CriterionReport node, Outcome wanted) {
    if (node instanceof CriterionReport.Single single) {
      return single.counts() && single.outcome() == wanted ? Optional.of(single) : Optional.empty();
    }
    if (node.outcome() != wanted) {
      return Optional.empty();
    }
    for (CriterionReport part : ((CriterionReport.Group) node).parts()) {
      Optional<CriterionReport.Single> found = find(part, wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private void addDetails(
      Section section,
      List<RankedMissingFact> facts,
      List<Message> remediations,
      List<Message> assumptions,
      DecisionShares shares) {
    if (!facts.isEmpty()) {
      section.add(
          new Section(new Line().text(w.get("scheme.missingFacts")))
              .add(missingFacts(facts, facts.size())));
    }
    if (!remediations.isEmpty()) {
      section.add(
          new Section(new Line().text(w.get("scheme.remediations"))).add(messages(remediations)));
    }
    if (!assumptions.isEmpty()) {
      section.add(
          new Section(new Line().text(w.get("scheme.assumptions"))).add(messages(assumptions)));
    }
    if (shares.total() > 0) {
      section.add(
          new Section(new Line().text(w.get("report.decisionShares")))
              .add(new Para(shares(shares))));
    }
  }

  private Items missingFacts(List<RankedMissingFact> facts, int limit) {
    Items items = new Items(Style.ORDERED);
    for (int i = 0; i < Math.min(limit, facts.size()); i++) {
      RankedMissingFact fact = facts.get(i);
      items.add(
          new Item(new Line().code(fact.fact().path()))
              .detail(new Line().text(w.text(fact.fact().description())))
              .detail(
                  new Line()
                      .text(
                          w.get("fact.criteria", "criteria", String.join(", ", fact.criteria())))));
    }
    return items;
  }

  private Items messages(List<Message> messages) {
    return messages(messages, messages.size());
  }

  /**
   * The messages as a list, each text once: two bundles may say the same thing under the same key.
   */
  private Items messages(List<Message> messages, int limit) {
    Items items = new Items(Style.BULLET);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < messages.size() && items.items().size() < limit; i++) {
      String text = w.text(messages.get(i));
      if (seen.add(text)) {
        items.add(new Item(new Line().text(text)));
      }
    }
    return items;
  }

  /** {@code id · version 1.0.0 · legal definition · law}. */
  private Line identity(Scheme scheme) {
    return new Line()
        .code(scheme.id())
        .text(" · ")
        .text(w.get("scheme.version", "version", scheme.version()))
        .text(" · ")
        .text(w.kind(scheme.kind()))
        .text(" · ")
        .text(w.issuer(scheme.issuer()));
  }

  private Line outcome(SchemeReport report) {
    return new Line()
        .badge(badge(report.outcome(), true))
        .text(" — ")
        .text(w.text(report.reason()));
  }

  private Line grant(Grant grant) {
    Line line =
        new Line().strong(w.get("scheme.grant")).text(w.colon()).text(w.text(grant.description()));
    grant
        .amount()
        .ifPresent(a -> line.text(" ").text(w.get("grant.amount", "amount", w.amount(a)) + "."));
    grant
        .envelope()
        .ifPresent(a -> line.text(" ").text(w.get("grant.envelope", "amount", w.amount(a)) + "."));
    grant
        .durationMonths()
        .ifPresent(
            m -> line.text(" ").text(w.get("grant.duration", "months", Integer.toString(m)) + "."));
    if (!grant.financial()) {
      line.text(" ").text(w.get("grant.nonFinancial") + ".");
    }
    return line;
  }

  private Line basisLine(String label, LegalBasis basis) {
    Line line = new Line().text(label).text(w.colon()).link(basis.citation(), basis.url());
    if (basis.status() == SourceStatus.SECONDARY) {
      line.text(" ").badge(new Badge(Tone.UNKNOWN, "⚠", w.get("basis.secondary"), false));
    }
    return line;
  }

  private Item criteria(CriterionReport node, FactSources sources) {
    if (node instanceof CriterionReport.Group group) {
      Item item =
          new Item(
              new Line()
                  .badge(badge(group.outcome()))
                  .text(" — ")
                  .text(w.get(group.anyOf() ? "group.any" : "group.all")));
      Items parts = new Items(Style.TREE);
      for (CriterionReport part : group.parts()) {
        parts.add(criteria(part, sources));
      }
      item.children().add(parts);
      return item;
    }
    CriterionReport.Single single = (CriterionReport.Single) node;
    CriterionResult result = single.result();
    Line head =
        new Line()
            .badge(badge(single.outcome()))
            .text(" — ")
            .strong(w.text(single.criterion().title()))
            .text(" · ")
            .code(single.criterion().id());
    if (!single.counts()) {
      head.text(" ").em(w.get("criterion.informative"));
    }
    Item item = new Item(head).detail(new Line().text(w.text(result.reason())));
    result
        .observed()
        .ifPresent(
            m ->
                item.detail(
                    new Line().text(w.get("criterion.observed")).text(w.colon()).text(w.text(m))));
    result
        .required()
        .ifPresent(
            m ->
                item.detail(
                    new Line().text(w.get("criterion.required")).text(w.colon()).text(w.text(m))));
    single
        .decidedBy()
        .ifPresent(
            k ->
                item.detail(
                    new Line()
                        .text(w.get("criterion.decidedBy"))
                        .text(w.colon())
                        .text(w.decidedBy(k))));
    List<FactSources.Cited> cited = sources.of(single);
    if (!cited.isEmpty()) {
      item.detail(factsFrom(cited));
    }
    item.detail(basisLine(w.get("criterion.basis"), single.legalBasis()));
    return item;
  }

  /**
   * "Facts from: INSEE, Sirene: StockUniteLegale_utf8.zip, 2026-11-01 (official register, read on
   * 2026-11-01); …": the sources of the members' facts, each with its kind and the date it was
   * read.
   */
  private Line factsFrom(List<FactSources.Cited> cited) {
    Line line = new Line().text(w.get("criterion.factsFrom")).text(w.colon());
    for (int i = 0; i < cited.size(); i++) {
      FactSources.Cited source = cited.get(i);
      if (i > 0) {
        line.text("; ");
      }
      if (source.title().isPresent() && source.url().isPresent()) {
        line.link(source.title().get(), source.url().get());
      } else if (source.title().isPresent()) {
        line.name(source.title().get());
      } else {
        String url = source.url().orElse("");
        line.link(url, url);
      }
      String kind = Labels.of(source.kind()).text(w.locale());
      line.text(" (")
          .text(
              source
                  .readOn()
                  .map(
                      date ->
                          w.get(
                              "source.read",
                              Map.of("kind", kind, "date", Labels.on(date).text(w.locale()))))
                  .orElse(kind))
          .text(")");
    }
    return line;
  }

  private Item assessment(Assessment assessment) {
    Line head =
        new Line().badge(badge(assessment.outcome())).text(" ").code(assessment.criterionId());
    assessment
        .member()
        .ifPresent(m -> head.text(" (").text(w.get("assessment.member", "member", m)).text(")"));
    Map<String, String> arguments = new HashMap<>(4);
    arguments.put("assessor", assessment.assessor());
    arguments.put("date", assessment.date().toString());
    Item item = new Item(head).detail(new Line().text(w.get("assessment.by", arguments)));
    assessment.note().ifPresent(note -> item.detail(new Line().em(note)));
    return item;
  }

  /**
   * A legal text with the public source it was read in: the citation, then "Source: Légifrance,
   * 2014-07-31, primary source" and the address, the note and the excerpt.
   */
  private Item legalText(LegalBasis basis) {
    Line head = new Line().text(basis.citation());
    if (basis.status() == SourceStatus.SECONDARY) {
      head.text(" ").badge(new Badge(Tone.UNKNOWN, "⚠", w.get("basis.secondary"), false));
    }
    Item item =
        new Item(head)
            .detail(
                new Line().text(w.get("basis.source")).text(w.colon()).text(w.text(basis.source())))
            .detail(new Line().link(basis.url(), basis.url()));
    basis
        .note()
        .ifPresent(
            note ->
                item.detail(
                    new Line().text(w.get("basis.note")).text(w.colon()).text(w.text(note))));
    basis
        .excerpt()
        .ifPresent(
            excerpt ->
                item.detail(
                    new Line()
                        .text(w.get("basis.excerpt"))
                        .text(w.colon())
                        .em("« " + excerpt + " »")));
    return item;
  }

  private Line shares(DecisionShares shares) {
    return new Line().text(sharesText(shares));
  }

  private String sharesText(DecisionShares shares) {
    int[] percent = shares.percentages();
    Map<String, String> arguments = new LinkedHashMap<>(16);
    arguments.put("automated", Integer.toString(shares.automated()));
    arguments.put("declared", Integer.toString(shares.declared()));
    arguments.put("assessed", Integer.toString(shares.assessed()));
    arguments.put("undetermined", Integer.toString(shares.undetermined()));
    arguments.put("automatedPercent", w.percent(percent[0]));
    arguments.put("declaredPercent", w.percent(percent[1]));
    arguments.put("assessedPercent", w.percent(percent[2]));
    arguments.put("undeterminedPercent", w.percent(percent[3]));
    return w.get("shares.line", arguments);
  }

  Badge badge(SchemeOutcome outcome, boolean strong) {
    Tone tone =
        switch (outcome) {
          case ELIGIBLE -> Tone.POSITIVE;
          case NOT_ELIGIBLE -> Tone.NEGATIVE;
          case UNDETERMINED -> Tone.UNKNOWN;
          case NOT_APPLICABLE -> Tone.NEUTRAL;
        };
    return new Badge(tone, Words.symbol(outcome), w.outcome(outcome), strong);
  }

  Badge badge(Outcome outcome) {
    Tone tone =
        switch (outcome) {
          case MET -> Tone.POSITIVE;
          case NOT_MET -> Tone.NEGATIVE;
          case UNKNOWN -> Tone.UNKNOWN;
          case NOT_APPLICABLE -> Tone.NEUTRAL;
        };
    return new Badge(tone, Words.symbol(outcome), w.outcome(outcome), false);
  }

  // ----------------------------------------------------------------------------------------
  // overview

  Section overview(Overview overview) {
    Cluster cluster = overview.cluster();
    Section root =
        new Section(new Line().text(w.get("overview.title")).text(" — ").name(cluster.name()));
    Line name = new Line().name(cluster.name());
    cluster.id().ifPresent(id -> name.text(" ").code(id));
    Fields header =
        new Fields()
            .add(w.get("report.cluster"), name)
            .add(w.get("report.date"), new Line().text(overview.asOf().toString()));
    versions(header, overview.rulesVersion(), overview.geographyVersion(), overview.options());
    root.add(header);

    Section definitions = new Section(new Line().text(w.get("overview.definitions")));
    overviewReports(definitions, overview.definitions());
    root.add(definitions);
    Section applicable = new Section(new Line().text(w.get("overview.applicable")));
    overviewReports(applicable, overview.applicable());
    root.add(applicable);

    root.add(
        schemeList(
            "overview.closed",
            overview.closed(),
            s ->
                w.get(
                    "overview.closedOn",
                    "to",
                    s.validity().to().map(Object::toString).orElse("—"))));
    root.add(
        schemeList(
            "overview.upcoming",
            overview.upcoming(),
            s -> w.get("overview.opensOn", "from", s.validity().from().toString())));
    root.add(
        schemeList(
            "overview.elsewhere",
            overview.elsewhere(),
            s -> w.get("overview.territory", "territory", territory(s.scope()))));
    if (!overview.territoryUnknown().isEmpty()) {
      // Only when the cluster has no perimeter: an empty list would say nothing a reader needs.
      Section unknown =
          schemeList(
              "overview.territoryUnknown",
              overview.territoryUnknown(),
              s -> {
                String note = w.get("overview.territory", "territory", territory(s.scope()));
                if (s.validity().endedBefore(overview.asOf())) {
                  return note
                      + "; "
                      + w.get(
                          "overview.closedOn",
                          "to",
                          s.validity().to().map(Object::toString).orElse("—"));
                }
                return overview.asOf().isBefore(s.validity().from())
                    ? note
                        + "; "
                        + w.get("overview.opensOn", "from", s.validity().from().toString())
                    : note;
              });
      unknown.add(new Para(new Line().text(w.get("overview.territoryUnknown.hint"))));
      root.add(unknown);
    }
    return root;
  }

  private void overviewReports(Section into, List<SchemeReport> reports) {
    if (reports.isEmpty()) {
      into.add(new Para(new Line().text(w.get("overview.none"))));
      return;
    }
    for (SchemeReport report : reports) {
      Scheme scheme = report.scheme();
      Section section = new Section(new Line().text(w.text(scheme.title())));
      section.add(new Para(identity(scheme)));
      section.add(new Para(outcome(report)));
      scheme.grant().ifPresent(grant -> section.add(new Para(grant(grant))));
      if (!report.missingFacts().isEmpty()) {
        section.add(
            new Section(new Line().text(w.get("scheme.missingFacts")))
                .add(missingFacts(report.missingFacts(), OVERVIEW_FIRST)));
      }
      if (!report.remediations().isEmpty()) {
        section.add(
            new Section(new Line().text(w.get("scheme.remediations")))
                .add(messages(report.remediations(), OVERVIEW_FIRST)));
      }
      into.add(section);
    }
  }

  private Section schemeList(
      String key, List<Scheme> schemes, java.util.function.Function<Scheme, String> note) {
    Section section = new Section(new Line().text(w.get(key)));
    if (schemes.isEmpty()) {
      return section.add(new Para(new Line().text(w.get("overview.none"))));
    }
    Items items = new Items(Style.BULLET);
    for (Scheme scheme : schemes) {
      items.add(
          new Item(
              new Line()
                  .text(w.text(scheme.title()))
                  .text(" ")
                  .code(scheme.id())
                  .text(" — ")
                  .text(note.apply(scheme))));
    }
    return section.add(items);
  }

  String territory(TerritorialScope scope) {
    if (scope.isNational()) {
      return w.get("territory.national");
    }
    StringBuilder codes = new StringBuilder();
    for (Object code : scope.regions().isEmpty() ? scope.departements() : scope.regions()) {
      if (codes.length() > 0) {
        codes.append(", ");
      }
      codes.append(code);
    }
    return w.get(
        scope.regions().isEmpty() ? "territory.departements" : "territory.regions",
        "codes",
        codes.toString());
  }
}
