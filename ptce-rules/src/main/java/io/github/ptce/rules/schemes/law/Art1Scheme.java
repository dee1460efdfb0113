package io.github.ptce.rules.schemes.law;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeKind;
import io.github.ptce.rules.SchemeSubject;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.BaseCriterion;
import io.github.ptce.rules.spi.SseDefinition;
import io.github.ptce.rules.spi.SseDefinition.Finding;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Scheme {@code fr.law.2014-856.art1}: is a member an enterprise of the social and solidarity
 * economy? Evaluated per member; its criteria explain {@link SseDefinition}, the test the engine
 * and every other scheme use.
 */
final class Art1Scheme {
  static final String ID = "fr.law.2014-856.art1";
  static final String PRIVATE_LAW = ID + ".i.private-law-person";
  static final String LEGAL_FORM = ID + ".ii-1.legal-form";
  static final String COMPANY = ID + ".ii-2.commercial-company";
  static final String SOCIAL_UTILITY = "fr.law.2014-856.art2.social-utility";
  static final String ESUS = "fr.code-travail.l3332-17-1.esus-agreement";

  private Art1Scheme() {}

  /** A criterion that explains one branch of the SSE test. */
  static final class Branch extends BaseCriterion {
    private final SseDefinition.Branch branch;
    private final BiFunction<Stakeholder, LocalDate, Finding> finding;
    private final Function<LocalDate, LegalBasis> basis;

    /**
     * The keys {@code <id>.remedy.<reason>} and {@code <id>.assume.<reason>} the bundle defines, by
     * reason. This criterion runs once per member; asking the bundle with a freshly concatenated
     * key twice per run (hashing some 70 characters each time) was a fifth of the time of a
     * whole-catalogue evaluation. Looked up by the finding's reason, a literal whose hash is
     * cached. Immutable.
     */
    private final Map<String, String> remedyKeys;

    private final Map<String, String> assumptionKeys;

    Branch(
        String id,
        SseDefinition.Branch branch,
        CriterionKind kind,
        Function<LocalDate, LegalBasis> basis,
        BiFunction<Stakeholder, LocalDate, Finding> finding) {
      super(
          id,
          kind,
          basis.apply(LawTexts.IN_FORCE),
          Validity.from(LawTexts.IN_FORCE),
          LawTexts.BUNDLE);
      this.branch = branch;
      this.finding = finding;
      this.basis = basis;
      Map<String, String> remedies = new java.util.HashMap<>();
      Map<String, String> assumptions = new java.util.HashMap<>();
      for (String key : LawTexts.BUNDLE.keys(Locale.ENGLISH)) {
        if (key.startsWith(id + ".remedy.")) {
          remedies.put(key.substring(id.length() + ".remedy.".length()), key);
        } else if (key.startsWith(id + ".assume.")) {
          assumptions.put(key.substring(id.length() + ".assume.".length()), key);
        }
      }
      this.remedyKeys = Map.copyOf(remedies);
      this.assumptionKeys = Map.copyOf(assumptions);
    }

    @Override
    public LegalBasis legalBasis(LocalDate asOf) {
      return basis.apply(asOf);
    }

    @Override
    public CriterionResult evaluate(Evaluation evaluation) {
      Membership member =
          evaluation
              .member()
              .orElseThrow(() -> new IllegalStateException(id() + " is evaluated per member"));
      Stakeholder stakeholder = member.stakeholder();
      Finding found = finding.apply(stakeholder, evaluation.asOf());
      String name = stakeholder.name();
      // The ESUS agreement's reasons are the SPI's, shared with the schemes that name the agreement
      // (COTE, IdF).
      Message reason =
          branch == SseDefinition.Branch.ESUS_AGREEMENT
              ? SseDefinition.esusReason(stakeholder, evaluation.asOf(), name)
              : Message.of(
                  bundle(),
                  id() + "." + found.reason(),
                  SseDefinition.arguments(stakeholder, name));
      CriterionResult.Builder result =
          CriterionResult.builder(found.outcome(), reason).member(stakeholder.id());
      if (found.outcome().isDecided()) {
        result.decidedBy(found.decidedBy());
      }
      for (MissingFact fact :
          SseDefinition.missingFacts(
              branch, found, stakeholder, evaluation.pathOf(member) + ".stakeholder", name)) {
        result.missing(fact);
      }
      optional(remedyKeys, found.reason(), name).ifPresent(result::remediation);
      optional(assumptionKeys, found.reason(), name).ifPresent(result::assumption);
      return result.build();
    }

    private java.util.Optional<Message> optional(
        Map<String, String> keys, String reason, String name) {
      String key = keys.get(reason);
      return key != null
          ? java.util.Optional.of(Message.of(bundle(), key, Map.of("name", name)))
          : java.util.Optional.empty();
    }
  }

  static final Branch PRIVATE_LAW_CRITERION =
      new Branch(
          PRIVATE_LAW,
          SseDefinition.Branch.PRIVATE_LAW,
          CriterionKind.AUTOMATED,
          d -> LawTexts.ART1_I,
          (s, d) -> SseDefinition.privateLaw(s));
  static final Branch LEGAL_FORM_CRITERION =
      new Branch(
          LEGAL_FORM,
          SseDefinition.Branch.LEGAL_FORM,
          CriterionKind.AUTOMATED,
          d -> LawTexts.ART1_II_1,
          (s, d) -> SseDefinition.legalForm(s));
  static final Branch COMPANY_CRITERION =
      new Branch(
          COMPANY,
          SseDefinition.Branch.COMMERCIAL_COMPANY,
          CriterionKind.DECLARED,
          d -> LawTexts.ART1_II_2,
          SseDefinition::companyConditions);
  static final Branch SOCIAL_UTILITY_CRITERION =
      new Branch(
          SOCIAL_UTILITY,
          SseDefinition.Branch.SOCIAL_UTILITY,
          CriterionKind.DECLARED,
          d -> d.isBefore(LawTexts.PACTE) ? LawTexts.ART2_2014 : LawTexts.ART2_PACTE,
          SseDefinition::socialUtility);
  static final Branch ESUS_CRITERION =
      new Branch(
          ESUS,
          SseDefinition.Branch.ESUS_AGREEMENT,
          CriterionKind.DECLARED,
          d -> d.isBefore(LawTexts.ESUS_2025) ? LawTexts.ESUS_UNTIL_2024 : LawTexts.ESUS_FROM_2025,
          SseDefinition::esusAgreement);

  static final Scheme SCHEME =
      Scheme.builder()
          .id(ID)
          .version("1.0.0")
          .title(LawTexts.note(ID + ".title"))
          .summary(LawTexts.note(ID + ".summary"))
          .issuer(Issuer.LAW)
          .kind(SchemeKind.DEFINITION)
          .subject(SchemeSubject.MEMBER)
          .validity(Validity.from(LawTexts.IN_FORCE))
          .criteria(
              CriterionNode.allOf(
                  CriterionNode.of(PRIVATE_LAW_CRITERION),
                  CriterionNode.anyOf(
                      CriterionNode.of(LEGAL_FORM_CRITERION),
                      CriterionNode.allOf(
                          CriterionNode.of(COMPANY_CRITERION),
                          CriterionNode.of(SOCIAL_UTILITY_CRITERION)),
                      CriterionNode.of(ESUS_CRITERION))))
          .legalBasis(LawTexts.ART1)
          .build();
}
