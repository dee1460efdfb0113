package io.github.ptce.rules.schemes.law;

import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cooperation.CooperationStrategy;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Coverage;
import io.github.ptce.core.territory.ResolvedPerimeter;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Members;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scheme {@code fr.law.2014-856.art9}: is the cluster a PTCE in the sense of Art. 9 I of loi n° 2014-856?
 * One criterion per item of the reading in {@code domain/legal-texts.md}; items 5 to 7 are qualitative,
 * and the results say what is checked and what is left to a person.
 */
final class Art9Scheme {
  static final String ID = "fr.law.2014-856.art9";
  static final String TERRITORY = ID + ".i.same-territory";
  static final String SSE = ID + ".i.sse-enterprises";
  static final String ENTERPRISES = ID + ".i.conventional-enterprises";
  static final String PARTNERS = ID + ".i.partners";
  static final String STRATEGY = ID + ".i.common-strategy";
  static final String INNOVATION = ID + ".i.innovative-projects";
  static final String DEVELOPMENT = ID + ".i.sustainable-local-development";

  /** The persons Art. 9 names "en lien avec": everyone but the enterprises. */
  static final Set<StakeholderKind> PARTNER_KINDS = Collections.unmodifiableSet(EnumSet.complementOf(
      EnumSet.of(StakeholderKind.ENTERPRISE, StakeholderKind.ENTERPRISE_GROUPING)));

  private static final Validity SINCE_LAW = Validity.from(LawTexts.IN_FORCE);

  private Art9Scheme() {}

  /** Adds the assumption about members without a joining date, when there are some. */
  static void joiningDates(List<Membership> counted, CriterionResult.Builder result) {
    for (Membership membership : counted) {
      if (membership.joinedOn().isEmpty()) {
        result.assumption(io.github.ptce.rules.Message.of(LawTexts.BUNDLE, "assume.joiningDate", java.util.Map.of()));
        return;
      }
    }
  }

  /** 1. On one and the same territory: the member enterprises are located in the perimeter. */
  static final class SameTerritory extends BaseCriterion {
    SameTerritory() {
      super(TERRITORY, CriterionKind.AUTOMATED, LawTexts.ART9_TERRITORY, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Optional<ResolvedPerimeter> perimeter = evaluation.perimeter();
      if (perimeter.isEmpty()) {
        return result(Outcome.UNKNOWN, "noPerimeter").missing(fact("$.perimeter", "fact.perimeter"))
            .remediation(message("remedy.noPerimeter")).build();
      }
      List<Membership> outside = new ArrayList<>();
      List<Membership> unlocated = new ArrayList<>();
      // Located in Paris, Lyon or Marseille when the perimeter names some of its arrondissements only.
      List<Membership> imprecise = new ArrayList<>();
      int inside = 0;
      for (Membership membership : evaluation.activeMembers()) {
        if (!Members.isEnterprise(membership) || membership.role() == MemberRole.PARTNER) {
          continue;
        }
        Optional<CommuneCode> location = membership.stakeholder().location();
        Coverage coverage = location.isEmpty() ? Coverage.PARTLY_COVERED : perimeter.get().coverage(location.get());
        if (coverage == Coverage.COVERED) {
          inside++;
        } else if (coverage == Coverage.NOT_COVERED) {
          outside.add(membership);
        } else {
          unlocated.add(membership);
          if (location.isPresent()) {
            imprecise.add(membership);
          }
        }
      }
      CriterionResult.Builder result;
      if (!outside.isEmpty()) {
        result = result(Outcome.NOT_MET, "outside", "names", Members.names(outside),
            "count", Integer.toString(outside.size()))
            .remediation(message("remedy.outside", "names", Members.names(outside)));
        outside.forEach(m -> result.member(m.stakeholder().id()));
      } else if (!unlocated.isEmpty()) {
        result = result(Outcome.UNKNOWN, "unlocated", "names", Members.names(unlocated))
            .remediation(message("remedy.unlocated"));
        for (Membership m : unlocated) {
          result.member(m.stakeholder().id()).missing(fact(evaluation.pathOf(m) + ".stakeholder.location",
              imprecise.contains(m) ? "fact.arrondissement" : "fact.location", "name", m.stakeholder().name()));
        }
      } else {
        result = result(Outcome.MET, "inside", "count", Integer.toString(inside));
      }
      if (!perimeter.get().unknownCodes().isEmpty()) {
        result.assumption(message("assume.unknownCodes", "codes", perimeter.get().unknownCodes().toString()));
      }
      return result.observed(message("observed", "inside", Integer.toString(inside),
          "outside", Integer.toString(outside.size()), "unlocated", Integer.toString(unlocated.size()))).build();
    }
  }

  /** Counts members by their SSE status: the basis of items 2 and 3. */
  record Census(List<Membership> sse, List<Membership> conventional, List<Membership> unknown) {
    static Census of(Evaluation evaluation) {
      List<Membership> sse = new ArrayList<>();
      List<Membership> conventional = new ArrayList<>();
      List<Membership> unknown = new ArrayList<>();
      for (Membership membership : evaluation.activeMembers()) {
        if (!Members.isEnterprise(membership)) {
          continue;
        }
        switch (evaluation.sseStatus(membership)) {
          case MET -> sse.add(membership);
          case NOT_MET -> conventional.add(membership);
          default -> unknown.add(membership);
        }
      }
      return new Census(sse, conventional, unknown);
    }
  }

  /** 2. Of SSE enterprises in the sense of Art. 1: at least one (literal) or two (strict reading). */
  static final class SseEnterprises extends BaseCriterion {
    SseEnterprises() {
      super(SSE, CriterionKind.AUTOMATED, LawTexts.ART9_SSE, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      int required = evaluation.options().minimumSseEnterprises();
      Census census = Census.of(evaluation);
      int found = census.sse().size();
      CriterionResult.Builder result;
      if (found >= required) {
        result = result(Outcome.MET, "met", "count", Integer.toString(found));
        census.sse().forEach(m -> result.member(m.stakeholder().id()));
      } else if (found + census.unknown().size() < required) {
        result = result(Outcome.NOT_MET, "notMet", "count", Integer.toString(found),
            "required", Integer.toString(required))
            .remediation(message("remedy.add", "missing", Integer.toString(required - found)));
      } else {
        result = result(Outcome.UNKNOWN, "unknown", "count", Integer.toString(found),
            "names", Members.names(census.unknown()))
            .remediation(message("remedy.complete", "names", Members.names(census.unknown())));
        for (Membership m : census.unknown()) {
          result.member(m.stakeholder().id()).missing(evaluation.sseMissingFacts(m));
        }
      }
      if (required > 1) {
        result.assumption(message("assume.strict"));
      }
      joiningDates(evaluation.activeMembers(), result);
      return result.observed(message("observed", "count", Integer.toString(found), "names", Members.names(census.sse())))
          .required(message("required", "required", Integer.toString(required))).build();
    }
  }

  /** 3. Associated with enterprises: at least one enterprise that is not an SSE enterprise. */
  static final class ConventionalEnterprises extends BaseCriterion {
    ConventionalEnterprises() {
      super(ENTERPRISES, CriterionKind.AUTOMATED, LawTexts.ART9_ENTERPRISES, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census = Census.of(evaluation);
      CriterionResult.Builder result;
      if (!census.conventional().isEmpty()) {
        result = result(Outcome.MET, "met", "count", Integer.toString(census.conventional().size()));
        census.conventional().forEach(m -> result.member(m.stakeholder().id()));
      } else if (census.unknown().isEmpty()) {
        result = result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add"));
      } else {
        result = result(Outcome.UNKNOWN, "unknown", "names", Members.names(census.unknown()))
            .remediation(message("remedy.complete", "names", Members.names(census.unknown())));
        for (Membership m : census.unknown()) {
          result.member(m.stakeholder().id()).missing(evaluation.sseMissingFacts(m));
        }
      }
      result.assumption(message("assume.conventional"));
      return result.observed(message("observed", "count", Integer.toString(census.conventional().size()),
          "names", Members.names(census.conventional()))).build();
    }
  }

  /** 4. In connection with local authorities, research, education, training, others: named, not required. */
  static final class Partners extends BaseCriterion {
    Partners() {
      super(PARTNERS, CriterionKind.AUTOMATED, LawTexts.ART9_PARTNERS, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Membership> partners = new ArrayList<>();
      for (Membership membership : evaluation.activeMembers()) {
        if (PARTNER_KINDS.contains(membership.stakeholder().kind())) {
          partners.add(membership);
        }
      }
      CriterionResult.Builder result = partners.isEmpty()
          ? result(Outcome.NOT_MET, "none").remediation(message("remedy.none"))
          : result(Outcome.MET, "met", "count", Integer.toString(partners.size()), "names", Members.names(partners));
      partners.forEach(m -> result.member(m.stakeholder().id()));
      return result.assumption(message("assume.notRequired")).build();
    }
  }

  /** 5. A common and continuous strategy of pooling, cooperation or partnership, as declared. */
  static final class CommonStrategy extends BaseCriterion {
    CommonStrategy() {
      super(STRATEGY, CriterionKind.DECLARED, LawTexts.ART9_STRATEGY, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      LocalDate asOf = evaluation.asOf();
      Optional<CooperationStrategy> declared = evaluation.cluster().strategy();
      if (declared.isEmpty()) {
        return result(Outcome.UNKNOWN, "none").missing(fact("$.strategy", "fact.strategy"))
            .remediation(message("remedy.none")).build();
      }
      CooperationStrategy strategy = declared.get();
      if (strategy.endDate().isPresent() && !strategy.endDate().get().isAfter(asOf)) {
        return result(Outcome.NOT_MET, "ended", "date", strategy.endDate().get().toString())
            .remediation(message("remedy.ended")).build();
      }
      if (strategy.startDate().isPresent() && strategy.startDate().get().isAfter(asOf)) {
        return result(Outcome.NOT_MET, "notStarted", "date", strategy.startDate().get().toString()).build();
      }
      if (strategy.documentDate().isPresent() && strategy.documentDate().get().isAfter(asOf)) {
        return result(Outcome.NOT_MET, "documentLater", "date", strategy.documentDate().get().toString()).build();
      }
      CriterionResult.Builder unknown = result(Outcome.UNKNOWN, "incomplete");
      if (strategy.modes().isEmpty()) {
        unknown.missing(fact("$.strategy.modes", "fact.modes"));
      }
      if (strategy.documentDate().isEmpty()) {
        unknown.missing(fact("$.strategy.documentDate", "fact.documentDate"));
      }
      if (strategy.modes().isEmpty() || strategy.documentDate().isEmpty()) {
        return unknown.remediation(message("remedy.incomplete")).build();
      }
      return result(Outcome.MET, "met", "modes", strategy.modes().toString(),
          "date", strategy.documentDate().get().toString())
          .assumption(message("assume.substance")).build();
    }
  }

  /** 6. Serving socially or technologically innovative projects: declared, or assessed. */
  static final class InnovativeProjects extends BaseCriterion {
    InnovativeProjects() {
      super(INNOVATION, CriterionKind.DECLARED, LawTexts.ART9_INNOVATION, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Project> projects = evaluation.cluster().projects();
      if (projects.isEmpty()) {
        return result(Outcome.UNKNOWN, "none").missing(fact("$.projects", "fact.projects"))
            .remediation(message("remedy.none")).build();
      }
      List<String> innovative = new ArrayList<>();
      for (Project project : projects) {
        if (!project.innovation().isEmpty()) {
          innovative.add(project.title() + " " + project.innovation());
        }
      }
      if (innovative.isEmpty()) {
        CriterionResult.Builder result = result(Outcome.UNKNOWN, "undeclared")
            .remediation(message("remedy.undeclared"));
        for (int i = 0; i < projects.size(); i++) {
          result.missing(fact("$.projects[" + i + "].innovation", "fact.innovation", "title", projects.get(i).title()));
        }
        return result.missing(new MissingFact(MissingFact.assessmentPath(INNOVATION), message("fact.assessment")))
            .build();
      }
      return result(Outcome.MET, "met", "projects", String.join("; ", innovative))
          .assumption(message("assume.declared")).build();
    }
  }

  /** 7. Bringing sustainable local development: a person's assessment. */
  static final class SustainableDevelopment extends BaseCriterion {
    SustainableDevelopment() {
      super(DEVELOPMENT, CriterionKind.ASSESSED, LawTexts.ART9_DEVELOPMENT, SINCE_LAW, LawTexts.BUNDLE);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<String> aims = new ArrayList<>();
      for (Project project : evaluation.cluster().projects()) {
        aims.addAll(project.localDevelopmentAims());
      }
      return result(Outcome.UNKNOWN, aims.isEmpty() ? "toAssess" : "aimsToAssess", "aims", String.join("; ", aims))
          .missing(new MissingFact(MissingFact.assessmentPath(DEVELOPMENT), message("fact.assessment")))
          .remediation(message("remedy.assess"))
          .build();
    }
  }

  static final Scheme SCHEME = Scheme.builder()
      .id(ID)
      .version("1.0.0")
      .title(LawTexts.note(ID + ".title"))
      .summary(LawTexts.note(ID + ".summary"))
      .issuer(Issuer.LAW)
      .kind(SchemeKind.DEFINITION)
      .validity(SINCE_LAW)
      .criteria(CriterionNode.allOf(
          CriterionNode.of(new SameTerritory()),
          CriterionNode.of(new SseEnterprises()),
          CriterionNode.of(new ConventionalEnterprises()),
          CriterionNode.informative(new Partners()),
          CriterionNode.of(new CommonStrategy()),
          CriterionNode.of(new InnovativeProjects()),
          CriterionNode.of(new SustainableDevelopment())))
      .legalBasis(LawTexts.ART9)
      .build();

}
