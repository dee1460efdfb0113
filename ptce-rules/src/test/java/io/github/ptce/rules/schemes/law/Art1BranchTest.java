package io.github.ptce.rules.schemes.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.MemberRole;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.EvaluationOptions;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.spi.SseDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A criterion of scheme {@code fr.law.2014-856.art1} finds its remedy and its assumption by the
 * reason of its finding, from keys it collects once when it is built. The scheme's own criteria are
 * built when the class is loaded; these tests build new ones, so that the collection itself is
 * checked.
 */
class Art1BranchTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  static CriterionResult evaluate(Art1Scheme.Branch branch, Stakeholder stakeholder) {
    Scheme scheme =
        Scheme.builder()
            .from(Art1Scheme.SCHEME)
            .id("test.art1")
            .criteria(CriterionNode.of(branch))
            .build();
    EligibilityEngine engine =
        EligibilityEngine.of(
            SchemeCatalog.of(List.of(scheme)), Geography.bundled(), EvaluationOptions.LITERAL);
    Cluster cluster =
        Cluster.builder()
            .name("Pôle (synthétique)")
            .addMembers(Membership.of(stakeholder, MemberRole.MEMBER))
            .build();
    CriterionReport report =
        engine
            .evaluate(cluster, AS_OF, "test.art1")
            .scheme("test.art1", stakeholder.id())
            .orElseThrow()
            .criteria()
            .orElseThrow();
    return ((CriterionReport.Single) report).result();
  }

  static Art1Scheme.Branch legalForm() {
    return new Art1Scheme.Branch(
        Art1Scheme.LEGAL_FORM,
        SseDefinition.Branch.LEGAL_FORM,
        CriterionKind.AUTOMATED,
        d -> LawTexts.ART1_II_1,
        (s, d) -> SseDefinition.legalForm(s));
  }

  static Optional<String> key(Optional<Message> message) {
    return message.map(Message::key);
  }

  @Test
  void aRemedyIsFoundByTheReason() {
    Stakeholder unknown =
        Stakeholder.builder()
            .id("e")
            .name("Entreprise (synthétique)")
            .kind(StakeholderKind.ENTERPRISE)
            .build();
    CriterionResult result = evaluate(legalForm(), unknown);
    assertEquals(Art1Scheme.LEGAL_FORM + ".unknownForm", result.reason().key());
    assertEquals(
        Optional.of(Art1Scheme.LEGAL_FORM + ".remedy.unknownForm"), key(result.remediation()));
    assertEquals(List.of(), result.assumptions());
    assertEquals(
        List.of("$.members[0].stakeholder.legalCategory"),
        result.missingFacts().stream().map(f -> f.path()).toList());
  }

  @Test
  void anAssumptionIsFoundByTheReason() {
    Stakeholder scic =
        Stakeholder.builder()
            .id("scic")
            .name("SCIC (synthétique)")
            .kind(StakeholderKind.ENTERPRISE)
            .addSpecificStatuses(SpecificStatus.SCIC)
            .build();
    CriterionResult result = evaluate(legalForm(), scic);
    assertEquals(Art1Scheme.LEGAL_FORM + ".declaredCooperative", result.reason().key());
    assertEquals(Optional.empty(), result.remediation());
    assertEquals(
        List.of(Art1Scheme.LEGAL_FORM + ".assume.declaredCooperative"),
        result.assumptions().stream().map(Message::key).toList());
  }

  @Test
  void aReasonWithoutRemedyOrAssumptionHasNone() {
    Stakeholder association =
        Stakeholder.builder()
            .id("a")
            .name("Association (synthétique)")
            .kind(StakeholderKind.ENTERPRISE)
            .legalCategory(LegalCategory.parse("9220"))
            .build();
    CriterionResult result =
        evaluate(
            new Art1Scheme.Branch(
                Art1Scheme.PRIVATE_LAW,
                SseDefinition.Branch.PRIVATE_LAW,
                CriterionKind.AUTOMATED,
                d -> LawTexts.ART1_I,
                (s, d) -> SseDefinition.privateLaw(s)),
            association);
    assertEquals(Art1Scheme.PRIVATE_LAW + ".privateLawForm", result.reason().key());
    assertEquals(Optional.empty(), result.remediation());
    assertEquals(List.of(), result.assumptions());
  }

  @Test
  void theSchemeCriteriaAnswerAsNewOnes() {
    Stakeholder scic =
        Stakeholder.builder()
            .id("scic")
            .name("SCIC (synthétique)")
            .kind(StakeholderKind.ENTERPRISE)
            .addSpecificStatuses(SpecificStatus.SCIC)
            .build();
    CriterionResult fresh = evaluate(legalForm(), scic);
    CriterionResult loaded = evaluate(Art1Scheme.LEGAL_FORM_CRITERION, scic);
    assertEquals(key(fresh.remediation()), key(loaded.remediation()));
    assertEquals(
        fresh.assumptions().stream().map(Message::key).toList(),
        loaded.assumptions().stream().map(Message::key).toList());
  }
}
