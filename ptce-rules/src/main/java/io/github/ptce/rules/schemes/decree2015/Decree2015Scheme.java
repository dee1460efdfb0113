package io.github.ptce.rules.schemes.decree2015;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.internal.MessageBundle;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.schemes.law.SseEnterpriseTest;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Members;
import io.github.ptce.rules.spi.SchemeProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scheme {@code fr.decree.2015-431.art3}: may the cluster answer a State call for projects? Art. 3 of
 * décret n° 2015-431 du 15 avril 2015 (JORF 17 April 2015), listed as in force by Légifrance on
 * 2024-10-13. Conditions 1° and 2° (first two items) were read in the Légifrance copy; the third item of
 * 2°, 3° and 4° rest on a secondary summary (FACTS.md § 1.1), and the reports say so.
 */
public final class Decree2015Scheme implements SchemeProvider {
  static final MessageBundle BUNDLE =
      MessageBundle.load(Decree2015Scheme.class, "io/github/ptce/rules/schemes/decree2015/messages");

  static final String ID = "fr.decree.2015-431.art3";
  static final String PRIVATE_LAW = ID + ".1.private-law-person";
  static final String THREE = ID + ".2.three-legal-persons";
  static final String SSE = ID + ".2.sse-enterprise";
  static final String NON_SSE = ID + ".2.non-sse-enterprise";
  static final String OTHER = ID + ".2.other-art9-person";
  static final String PROJECT = ID + ".3.innovative-project-territory";
  static final String NO_SUPPORT = ID + ".4.no-previous-state-support";

  /** Published in the JORF of 17 April 2015; the rule applies from the publication date. */
  static final LocalDate PUBLISHED = LocalDate.of(2015, 4, 17);
  static final String TEXT = "Décret n° 2015-431 du 15 avril 2015 relatif aux appels à projets des pôles "
      + "territoriaux de coopération économique";
  static final String URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030487441";
  static final Validity VALIDITY = Validity.from(PUBLISHED);

  private static LegalBasis basis(String paragraph, SourceStatus status, String excerpt, String note) {
    LegalBasis.Builder builder = LegalBasis.builder().text(TEXT).article("Art. 3").paragraph(paragraph)
        .versionDate(PUBLISHED).url(URL).status(status);
    if (excerpt != null) {
      builder.excerpt(excerpt);
    }
    if (note != null) {
      builder.note(Message.of(BUNDLE, note, Map.of()));
    }
    return builder.build();
  }

  static final LegalBasis ART3 = basis("1° à 4°", SourceStatus.CONFIRMED, null, "basis.art3.note");
  static final LegalBasis ART3_1 = basis("1°", SourceStatus.CONFIRMED, "personne morale de droit privé", null);
  static final LegalBasis ART3_2 = basis("2°", SourceStatus.CONFIRMED, null, null);
  static final LegalBasis ART3_2_OTHER = basis("2°", SourceStatus.SECONDARY, null, "basis.secondary.note");
  static final LegalBasis ART3_3 = basis("3°", SourceStatus.SECONDARY, null, "basis.secondary.note");
  static final LegalBasis ART3_4 = basis("4°", SourceStatus.SECONDARY, null, "basis.secondary.note");

  /** Creates the provider; called by the {@link java.util.ServiceLoader}. */
  public Decree2015Scheme() {}

  @Override
  public List<Scheme> schemes() {
    return List.of(SCHEME);
  }

  private abstract static class DecreeCriterion extends BaseCriterion {
    DecreeCriterion(String id, CriterionKind kind, LegalBasis basis) {
      super(id, kind, basis, VALIDITY, BUNDLE);
    }

    Message joiningDates(List<Membership> members) {
      return members.stream().anyMatch(m -> m.joinedOn().isEmpty()) ? message("assume.joiningDate") : null;
    }
  }

  /** 1° The PTCE is a legal person of private law: that of its carrier. */
  static final class PrivateLaw extends DecreeCriterion {
    PrivateLaw() {
      super(PRIVATE_LAW, CriterionKind.AUTOMATED, ART3_1);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Optional<Membership> carrier = evaluation.cluster().carrier();
      if (carrier.isEmpty()) {
        return result(Outcome.UNKNOWN, "noCarrier").missing(fact("$.members", "fact.carrier"))
            .remediation(message("remedy.noCarrier")).build();
      }
      Stakeholder who = carrier.get().stakeholder();
      SseEnterpriseTest.Finding finding = SseEnterpriseTest.privateLaw(who);
      String category = who.legalCategory().map(c -> c.code() + c.label().map(l -> " " + l).orElse("")).orElse("—");
      CriterionResult.Builder result = result(finding.outcome(), finding.reason(), "name", who.name(),
          "category", category).member(who.id());
      if (finding.outcome().isDecided()) {
        result.decidedBy(finding.decidedBy());
      }
      if (finding.outcome() == Outcome.NOT_MET) {
        result.remediation(message("remedy.notPrivateLaw"));
      } else if (finding.outcome() == Outcome.UNKNOWN) {
        result.missing(fact(evaluation.pathOf(carrier.get()) + ".stakeholder.legalCategory", "fact.legalCategory",
            "name", who.name()));
      }
      return result.assumption(message("assume.carrier")).build();
    }
  }

  /** 2° Three or more legal persons. */
  static final class ThreeLegalPersons extends DecreeCriterion {
    ThreeLegalPersons() {
      super(THREE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Membership> persons = new ArrayList<>();
      List<Membership> unknown = new ArrayList<>();
      for (Membership m : evaluation.activeMembers()) {
        Outcome legalPerson = SseEnterpriseTest.legalPerson(m.stakeholder()).outcome();
        if (legalPerson == Outcome.MET) {
          persons.add(m);
        } else if (legalPerson == Outcome.UNKNOWN) {
          unknown.add(m);
        }
      }
      int count = persons.size();
      CriterionResult.Builder result;
      if (count >= 3) {
        result = result(Outcome.MET, "met", "count", Integer.toString(count));
      } else if (count + unknown.size() < 3) {
        result = result(Outcome.NOT_MET, "notMet", "count", Integer.toString(count))
            .remediation(message("remedy.add", "missing", Integer.toString(3 - count)));
      } else {
        // Whether these members are legal persons decides: an enterprise may be a sole trader.
        result = result(Outcome.UNKNOWN, "unknown", "count", Integer.toString(count),
            "names", Members.names(unknown))
            .remediation(message("remedy.complete", "names", Members.names(unknown)));
        for (Membership m : unknown) {
          result.member(m.stakeholder().id()).missing(fact(evaluation.pathOf(m) + ".stakeholder.legalCategory",
              "fact.legalCategory", "name", m.stakeholder().name()));
        }
      }
      persons.forEach(m -> result.member(m.stakeholder().id()));
      Message dates = joiningDates(evaluation.activeMembers());
      if (dates != null) {
        result.assumption(dates);
      }
      return result.observed(message("observed", "count", Integer.toString(count), "names", Members.names(persons)))
          .required(message("required")).build();
    }
  }

  /** 2° … among which at least one SSE enterprise in the sense of Art. 1 of the 2014 law. */
  static final class SseEnterprise extends DecreeCriterion {
    SseEnterprise() {
      super(SSE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Membership> unknown = new ArrayList<>();
      for (Membership m : evaluation.activeMembers()) {
        if (!Members.isEnterprise(m)) {
          continue;
        }
        Outcome status = evaluation.sseStatus(m);
        if (status == Outcome.MET) {
          return result(Outcome.MET, "met", "name", m.stakeholder().name()).member(m.stakeholder().id()).build();
        }
        if (status == Outcome.UNKNOWN) {
          unknown.add(m);
        }
      }
      if (unknown.isEmpty()) {
        return result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add")).build();
      }
      CriterionResult.Builder result = result(Outcome.UNKNOWN, "unknown", "names", Members.names(unknown))
          .remediation(message("remedy.complete", "names", Members.names(unknown)));
      for (Membership m : unknown) {
        result.member(m.stakeholder().id()).missing(evaluation.sseMissingFacts(m));
      }
      return result.build();
    }
  }

  /** 2° … at least one enterprise whose statutes are not SSE, or a grouping of mostly non-SSE enterprises. */
  static final class NonSseEnterprise extends DecreeCriterion {
    NonSseEnterprise() {
      super(NON_SSE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Membership> unknown = new ArrayList<>();
      List<MissingFact> facts = new ArrayList<>();
      for (Membership m : evaluation.activeMembers()) {
        Stakeholder s = m.stakeholder();
        if (Members.isEnterprise(m)) {
          Outcome status = evaluation.sseStatus(m);
          if (status == Outcome.NOT_MET) {
            return result(Outcome.MET, "enterprise", "name", s.name()).member(s.id()).build();
          }
          if (status == Outcome.UNKNOWN) {
            unknown.add(m);
            facts.addAll(evaluation.sseMissingFacts(m));
          }
        } else if (s.kind() == StakeholderKind.ENTERPRISE_GROUPING) {
          Optional<Boolean> mostly = s.mostlyNonSseMembers();
          if (mostly.isPresent() && mostly.get()) {
            return result(Outcome.MET, "grouping", "name", s.name()).member(s.id())
                .decidedBy(CriterionKind.DECLARED).build();
          }
          if (mostly.isEmpty()) {
            unknown.add(m);
            facts.add(fact(evaluation.pathOf(m) + ".stakeholder.mostlyNonSseMembers", "fact.mostlyNonSse",
                "name", s.name()));
          }
        }
      }
      if (unknown.isEmpty()) {
        return result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add")).build();
      }
      CriterionResult.Builder result = result(Outcome.UNKNOWN, "unknown", "names", Members.names(unknown))
          .remediation(message("remedy.complete", "names", Members.names(unknown))).missing(facts);
      unknown.forEach(m -> result.member(m.stakeholder().id()));
      return result.build();
    }
  }

  /** 2° … at least one other person named by Art. 9 (secondary source). */
  static final class OtherArt9Person extends DecreeCriterion {
    OtherArt9Person() {
      super(OTHER, CriterionKind.AUTOMATED, ART3_2_OTHER);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      for (Membership m : evaluation.activeMembers()) {
        StakeholderKind kind = m.stakeholder().kind();
        if (kind != StakeholderKind.ENTERPRISE && kind != StakeholderKind.ENTERPRISE_GROUPING) {
          return result(Outcome.MET, "met", "name", m.stakeholder().name(), "kind", kind.name())
              .member(m.stakeholder().id()).build();
        }
      }
      return result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add")).build();
    }
  }

  /** 3° A socially or technologically innovative project on a defined territory (secondary source). */
  static final class InnovativeProject extends DecreeCriterion {
    InnovativeProject() {
      super(PROJECT, CriterionKind.DECLARED, ART3_3);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Cluster cluster = evaluation.cluster();
      CriterionResult.Builder unknown = result(Outcome.UNKNOWN, "unknown");
      boolean missing = false;
      if (cluster.perimeter().isEmpty()) {
        unknown.missing(fact("$.perimeter", "fact.perimeter"));
        missing = true;
      }
      Optional<Project> innovative = cluster.projects().stream().filter(p -> !p.innovation().isEmpty()).findFirst();
      if (innovative.isEmpty()) {
        unknown.missing(cluster.projects().isEmpty() ? fact("$.projects", "fact.projects")
            : fact("$.projects[0].innovation", "fact.innovation"));
        missing = true;
      }
      if (missing) {
        return unknown.remediation(message("remedy.unknown")).build();
      }
      return result(Outcome.MET, "met", "title", innovative.get().title(),
          "innovation", innovative.get().innovation().toString()).build();
    }
  }

  /** 4° Not already supported by the State under an earlier call (secondary source). */
  static final class NoPreviousStateSupport extends DecreeCriterion {
    NoPreviousStateSupport() {
      super(NO_SUPPORT, CriterionKind.DECLARED, ART3_4);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Support> supports = evaluation.cluster().supports();
      for (int i = 0; i < supports.size(); i++) {
        Support support = supports.get(i);
        boolean before = support.grantedOn().map(d -> d.isBefore(evaluation.asOf())).orElse(true);
        if (support.level() == FunderLevel.STATE && support.throughCall().orElse(false) && before) {
          return result(Outcome.NOT_MET, "supported", "funder", support.funder(),
              "date", support.grantedOn().map(LocalDate::toString).orElse("—")).build();
        }
      }
      List<Integer> unclear = new ArrayList<>();
      for (int i = 0; i < supports.size(); i++) {
        if (supports.get(i).level() == FunderLevel.STATE && supports.get(i).throughCall().isEmpty()) {
          unclear.add(i);
        }
      }
      if (!unclear.isEmpty()) {
        CriterionResult.Builder result = result(Outcome.UNKNOWN, "unclear");
        unclear.forEach(i -> result.missing(fact("$.supports[" + i + "].throughCall", "fact.throughCall",
            "funder", supports.get(i).funder())));
        return result.build();
      }
      if (supports.isEmpty()) {
        return result(Outcome.UNKNOWN, "noneDeclared")
            .missing(fact("$.supports", "fact.supports"))
            .missing(new MissingFact(MissingFact.assessmentPath(NO_SUPPORT), message("fact.declaration")))
            .remediation(message("remedy.noneDeclared")).build();
      }
      return result(Outcome.MET, "noStateCall", "count", Integer.toString(supports.size()))
          .assumption(message("assume.complete")).build();
    }
  }

  static final Scheme SCHEME = Scheme.builder()
      .id(ID)
      .version("1.0.0")
      .title(Message.of(BUNDLE, ID + ".title", Map.of()))
      .summary(Message.of(BUNDLE, ID + ".summary", Map.of()))
      .issuer(Issuer.LAW)
      .kind(SchemeKind.DEFINITION)
      .validity(VALIDITY)
      .criteria(CriterionNode.allOf(
          CriterionNode.of(new PrivateLaw()),
          CriterionNode.of(new ThreeLegalPersons()),
          CriterionNode.of(new SseEnterprise()),
          CriterionNode.of(new NonSseEnterprise()),
          CriterionNode.of(new OtherArt9Person()),
          CriterionNode.of(new InnovativeProject()),
          CriterionNode.of(new NoPreviousStateSupport())))
      .legalBasis(ART3)
      .build();
}
