package io.github.ptce.rules.schemes.calls;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.cluster.Support;
import io.github.ptce.core.cluster.SupportKind;
import io.github.ptce.core.cooperation.Project;
import io.github.ptce.core.resources.FunderLevel;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.LocalizedText;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Participant;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SourceStatus;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.Census;
import io.github.ptce.rules.spi.Dates;
import io.github.ptce.rules.spi.Members;
import io.github.ptce.rules.spi.SchemeProvider;
import io.github.ptce.rules.spi.SseDefinition;
import io.github.ptce.rules.spi.Supports;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Scheme {@code fr.decree.2015-431.art3}: may the cluster answer a State call for projects? Art. 3
 * of décret n° 2015-431 du 15 avril 2015 (JORF 17 April 2015), listed as in force by Légifrance on
 * 2024-10-13. Conditions 1° and 2° (first two items) were read in the Légifrance copy; the third
 * item of 2°, 3° and 4° rest on a secondary summary (FACTS.md § 1.1), and the reports say so.
 */
public final class Decree2015Scheme implements SchemeProvider {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "decree2015");

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

  static final String TEXT =
      "Décret n° 2015-431 du 15 avril 2015 relatif aux appels à projets des pôles "
          + "territoriaux de coopération économique";
  static final String URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030487441";
  static final Validity VALIDITY = Validity.from(PUBLISHED);

  /** The date of the decree, as its title gives it. */
  static final PartialDate SIGNED = PartialDate.of(LocalDate.of(2015, 4, 15));

  /**
   * The secondary summary of the decree that the third item of 2°, 3° and 4° rest on: a blog post
   * of April 2015 (FACTS.md § 1.1; the Légifrance copy could be read only up to the second item of
   * 2°).
   */
  static final String SUMMARY_URL =
      "https://guy-chambefort.typepad.fr/essai_dput/2015/04/"
          + "p%C3%B4les-territoriaux-de-coop%C3%A9ration-%C3%A9conomique-ptce-nouvel-appel-%C3%A0-projet.html";

  /** Art. 3 as read in the decree on Légifrance. */
  private static LegalBasis basis(
      String paragraph, @Nullable String excerpt, @Nullable String note) {
    LegalBasis.Builder builder =
        LegalBasis.builder()
            .text(TEXT)
            .article("Art. 3")
            .paragraph(paragraph)
            .versionDate(PUBLISHED)
            .url(URL)
            .publisher("Légifrance")
            .published(SIGNED)
            .primary(true)
            .status(SourceStatus.CONFIRMED);
    if (excerpt != null) {
      builder.excerpt(excerpt);
    }
    if (note != null) {
      builder.note(Message.of(BUNDLE, note, Map.of()));
    }
    return builder.build();
  }

  /** Art. 3 as read in the secondary summary only. */
  private static LegalBasis summary(String paragraph) {
    return LegalBasis.builder()
        .text(TEXT)
        .article("Art. 3")
        .paragraph(paragraph)
        .versionDate(PUBLISHED)
        .url(SUMMARY_URL)
        .publisher("guy-chambefort.typepad.fr")
        .published(PartialDate.ofYearMonth(2015, 4))
        .primary(false)
        .status(SourceStatus.SECONDARY)
        .note(Message.of(BUNDLE, "basis.secondary.note", Map.of()))
        .build();
  }

  static final LegalBasis ART3 = basis("1° à 4°", null, "basis.art3.note");
  static final LegalBasis ART3_1 = basis("1°", "personne morale de droit privé", null);
  static final LegalBasis ART3_2 = basis("2°", null, null);
  static final LegalBasis ART3_2_OTHER = summary("2°");
  static final LegalBasis ART3_3 = summary("3°");
  static final LegalBasis ART3_4 = summary("4°");

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

    /**
     * The result of "at least one member that…": met with the first such member; not met only over
     * a complete member list; unknown otherwise, naming the members whose facts would tell, or the
     * list.
     */
    CriterionResult exists(
        Census census,
        Evaluation evaluation,
        Function<Participant, List<MissingFact>> factsOf,
        @Nullable CriterionKind declared) {
      boolean sse = id().equals(SSE) || id().equals(NON_SSE);
      switch (census.exists()) {
        case MET -> {
          Participant first = census.with().get(0);
          boolean grouping = first.kind() == StakeholderKind.ENTERPRISE_GROUPING;
          CriterionResult.Builder met =
              grouping
                  ? result(Outcome.MET, "grouping", "name", first.name())
                  : result(
                      Outcome.MET,
                      id().equals(NON_SSE) ? "enterprise" : "met",
                      "name",
                      first.name(),
                      "kind",
                      first.kind());
          first.stakeholderId().ifPresent(met::member);
          if (grouping && declared != null) {
            met.decidedBy(declared);
          }
          if (sse) {
            census.assumeSsePresumptions(met, evaluation);
          }
          return met.build();
        }
        case NOT_MET -> {
          CriterionResult.Builder notMet =
              result(Outcome.NOT_MET, "notMet").remediation(message("remedy.add"));
          if (sse) {
            census.assumeSsePresumptions(notMet, evaluation);
          }
          return notMet.build();
        }
        default -> {
          // Another Art. 9 person is one as soon as it takes part: its "unknown" has always said
          // this.
          return unknownWhetherAny(
                  census, evaluation, id().equals(OTHER) ? "unknown" : "presence", factsOf)
              .build();
        }
      }
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
        return result(Outcome.UNKNOWN, "noCarrier")
            .missing(fact("$.members", "fact.carrier"))
            .remediation(message("remedy.noCarrier"))
            .build();
      }
      Stakeholder who = carrier.get().stakeholder();
      SseDefinition.Finding finding = SseDefinition.privateLaw(who);
      CriterionResult.Builder result =
          result(
                  finding.outcome(),
                  finding.reason(),
                  "name",
                  who.name(),
                  "category",
                  SseDefinition.describeForm(who))
              .member(who.id());
      if (finding.outcome().isDecided()) {
        result.decidedBy(finding.decidedBy());
      }
      if (finding.outcome() == Outcome.NOT_MET) {
        result.remediation(message("remedy.notPrivateLaw"));
      } else if (finding.outcome() == Outcome.UNKNOWN) {
        result.missing(
            fact(
                evaluation.pathOf(carrier.get()) + ".stakeholder.legalCategory",
                "fact.legalCategory",
                "name",
                who.name()));
      }
      return result.assumption(message("assume.carrier")).build();
    }
  }

  /** 2° Three or more legal persons: named members and unnamed ones, as far as their facts tell. */
  static final class ThreeLegalPersons extends DecreeCriterion {
    ThreeLegalPersons() {
      super(THREE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(evaluation, p -> true, p -> SseDefinition.legalPerson(p.facts()).outcome());
      long count = census.count();
      CriterionResult.Builder result;
      switch (census.atLeast(3)) {
        case MET -> result = result(Outcome.MET, "met", "count", count);
        case NOT_MET ->
            result =
                result(Outcome.NOT_MET, "notMet", "count", count)
                    .remediation(message("remedy.add", "missing", 3 - count));
        default -> {
          if (!census.undecided().isEmpty()) {
            // Whether these members are legal persons decides: an enterprise may be a sole trader.
            LocalizedText names = Members.namesOf(census.undecided());
            result =
                result(Outcome.UNKNOWN, "unknown", "count", count, "names", names)
                    .remediation(message("remedy.complete", "names", names));
          } else if (!census.perhapsMembers().isEmpty()) {
            result =
                result(
                        Outcome.UNKNOWN,
                        "presence",
                        "count",
                        count,
                        "names",
                        Members.namesOf(census.perhapsMembers()))
                    .remediation(census.presenceRemedy());
          } else if (census.complete()) {
            result = CriterionResult.builder(Outcome.UNKNOWN, census.openCountReason());
          } else {
            result =
                result(Outcome.UNKNOWN, "unlisted", "count", count)
                    .remediation(message("remedy.unlisted"));
          }
          census.explainUnknown(
              result,
              evaluation,
              3,
              p ->
                  List.of(
                      fact(
                          p.factsPath() + ".legalCategory",
                          "fact.legalCategory",
                          "name",
                          p.name())));
        }
      }
      census.with().forEach(p -> p.stakeholderId().ifPresent(result::member));
      return result
          .observed(message("observed", "count", count, "names", Members.namesOf(census.with())))
          .required(message("required"))
          .build();
    }
  }

  /** 2° … among which at least one SSE enterprise in the sense of Art. 1 of the 2014 law. */
  static final class SseEnterprise extends DecreeCriterion {
    SseEnterprise() {
      super(SSE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census = Census.of(evaluation, Members::isEnterprise, p -> sse(evaluation, p));
      return exists(census, evaluation, evaluation::sseMissingFacts, null);
    }
  }

  /**
   * 2° … at least one enterprise whose statutes are not SSE, or a grouping of mostly non-SSE
   * enterprises.
   */
  static final class NonSseEnterprise extends DecreeCriterion {
    NonSseEnterprise() {
      super(NON_SSE, CriterionKind.AUTOMATED, ART3_2);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(
              evaluation,
              p ->
                  p.kind() == StakeholderKind.ENTERPRISE
                      || p.kind() == StakeholderKind.ENTERPRISE_GROUPING,
              p ->
                  p.kind() == StakeholderKind.ENTERPRISE
                      ? sse(evaluation, p).negate()
                      : mostlyNonSse(p));
      return exists(
          census,
          evaluation,
          p ->
              p.kind() == StakeholderKind.ENTERPRISE
                  ? evaluation.sseMissingFacts(p)
                  : p.isNamed()
                      ? List.of(
                          fact(
                              p.factsPath() + ".mostlyNonSseMembers",
                              "fact.mostlyNonSse",
                              "name",
                              p.name()))
                      // An unnamed grouping cannot say whether its members are mostly outside the
                      // SSE: name it.
                      : List.of(fact(p.path(), "fact.nameGrouping", "name", p.name())),
          CriterionKind.DECLARED);
    }

    /** A grouping of enterprises counts when its members are declared mostly outside the SSE. */
    private static Outcome mostlyNonSse(Participant grouping) {
      Optional<Boolean> mostly =
          grouping.membership().flatMap(m -> m.stakeholder().mostlyNonSseMembers());
      return mostly.isEmpty() ? Outcome.UNKNOWN : mostly.get() ? Outcome.MET : Outcome.NOT_MET;
    }
  }

  /** 2° … at least one other person named by Art. 9 (secondary source). */
  static final class OtherArt9Person extends DecreeCriterion {
    OtherArt9Person() {
      super(OTHER, CriterionKind.AUTOMATED, ART3_2_OTHER);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Census census =
          Census.of(
              evaluation,
              p ->
                  p.kind() != StakeholderKind.ENTERPRISE
                      && p.kind() != StakeholderKind.ENTERPRISE_GROUPING,
              p -> Outcome.MET);
      return exists(census, evaluation, p -> List.of(), null);
    }
  }

  /** Whether a participant is an SSE enterprise: the Art. 1 test; not applicable counts as no. */
  static Outcome sse(Evaluation evaluation, Participant participant) {
    Outcome sse = evaluation.sseStatus(participant);
    return sse == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : sse;
  }

  /**
   * 3° A socially or technologically innovative project on a defined territory (secondary source).
   */
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
      Optional<Project> innovative =
          cluster.projects().stream().filter(p -> !p.innovation().isEmpty()).findFirst();
      if (innovative.isEmpty()) {
        unknown.missing(
            cluster.projects().isEmpty()
                ? fact("$.projects", "fact.projects")
                : fact("$.projects[0].innovation", "fact.innovation"));
        missing = true;
      }
      if (missing) {
        return unknown.remediation(message("remedy.unknown")).build();
      }
      return result(
              Outcome.MET,
              "met",
              "title",
              innovative.get().title(),
              "innovation",
              Labels.of(innovative.get().innovation()))
          .build();
    }
  }

  /**
   * 4° Not already supported by the State under an earlier call (secondary source). The décret
   * governs the State's calls for PTCEs: a support counts against the cluster when it came from one
   * of them (a State call of the catalogue, or a call declared a PTCE call), certainly before the
   * date, and not from the call under evaluation or another phase of it. A support from another
   * programme (« Fabriques de territoire »), a label, or a support without a call does not; a
   * support whose date or programme is not known leaves it open.
   */
  static final class NoPreviousStateSupport extends DecreeCriterion {
    NoPreviousStateSupport() {
      super(NO_SUPPORT, CriterionKind.DECLARED, ART3_4);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      List<Support> supports = evaluation.cluster().supports();
      Optional<String> call = evaluation.scheme().call();
      CriterionResult.Builder unclear =
          result(Outcome.UNKNOWN, "unclear").remediation(message("remedy.unclear"));
      boolean open = false;
      boolean otherProgramme = false;
      boolean sameCall = false;
      for (int i = 0; i < supports.size(); i++) {
        Support support = supports.get(i);
        if (support.level() != FunderLevel.STATE || support.kind() == SupportKind.LABEL) {
          otherProgramme |= support.level() == FunderLevel.STATE;
          continue;
        }
        Optional<Scheme> scheme = support.schemeId().flatMap(id -> evaluation.catalog().find(id));
        Outcome ptceCall = ptceCall(support, scheme);
        if (ptceCall == Outcome.NOT_MET) {
          otherProgramme |= support.throughCall().orElse(false) || support.programme().isPresent();
          continue;
        }
        if (call.isPresent() && scheme.flatMap(Scheme::call).equals(call)) {
          sameCall = true; // the call under evaluation, or another phase of it: not an earlier call
          continue;
        }
        Outcome earlier =
            support
                .grantedOn()
                .map(d -> Dates.before(d, evaluation.asOf()))
                .orElse(Outcome.UNKNOWN);
        Outcome against = ptceCall.and(earlier);
        if (against == Outcome.MET) {
          return result(
                  Outcome.NOT_MET,
                  "supported",
                  "funder",
                  support.funder(),
                  "date",
                  Labels.of(support.grantedOn().get()),
                  "call",
                  callName(support, scheme))
              .build();
        }
        if (against == Outcome.UNKNOWN) {
          open = true;
          if (ptceCall == Outcome.UNKNOWN) {
            unclear.missing(
                support.throughCall().isEmpty()
                    ? fact(
                        "$.supports[" + i + "].throughCall",
                        "fact.throughCall",
                        "funder",
                        support.funder())
                    : fact(
                        "$.supports[" + i + "].ptceCall",
                        "fact.ptceCall",
                        "funder",
                        support.funder()));
          }
          if (earlier == Outcome.UNKNOWN) {
            unclear.missing(
                fact(
                    "$.supports[" + i + "].grantedOn",
                    "fact.grantedOn",
                    "funder",
                    support.funder()));
          }
        }
      }
      if (open) {
        return unclear.build();
      }
      if (supports.isEmpty() && !Supports.complete(evaluation)) {
        return result(Outcome.UNKNOWN, "noneDeclared")
            .missing(fact("$.supports", "fact.supports"))
            .missing(Supports.completeFact())
            .missing(
                new MissingFact(
                    MissingFact.assessmentPath(NO_SUPPORT), message("fact.declaration")))
            .remediation(message("remedy.noneDeclared"))
            .build();
      }
      // An empty list here is declared complete: the cluster received no support at all.
      CriterionResult.Builder met =
          supports.isEmpty()
              ? result(Outcome.MET, "noSupport")
              : result(Outcome.MET, "noStateCall", "count", supports.size());
      Supports.assumeListed(met, evaluation);
      if (otherProgramme) {
        met.assumption(message("assume.otherProgramme"));
      }
      if (sameCall) {
        met.assumption(message("assume.sameCall"));
      }
      return met.build();
    }

    /** Whether a State support came from a State call for PTCEs. */
    private static Outcome ptceCall(Support support, Optional<Scheme> scheme) {
      if (scheme.isPresent()) {
        return scheme.get().issuer().kind() == Issuer.Kind.STATE && scheme.get().call().isPresent()
            ? Outcome.MET
            : Outcome.NOT_MET;
      }
      if (support.ptceCall().isPresent()) {
        return support.ptceCall().get() ? Outcome.MET : Outcome.NOT_MET;
      }
      if (support.throughCall().isPresent() && !support.throughCall().get()) {
        return Outcome.NOT_MET;
      }
      return Outcome.UNKNOWN;
    }

    private static Object callName(Support support, Optional<Scheme> scheme) {
      if (scheme.isPresent()) {
        return scheme.get().title();
      }
      return support.programme().orElse("—");
    }
  }

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(Message.of(BUNDLE, ID + ".title", Map.of()))
          .summary(Message.of(BUNDLE, ID + ".summary", Map.of()))
          .issuer(Issuer.LAW)
          .kind(SchemeKind.DEFINITION)
          .validity(VALIDITY)
          .criteria(
              CriterionNode.allOf(
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
