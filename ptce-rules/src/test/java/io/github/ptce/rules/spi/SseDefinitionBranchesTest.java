package io.github.ptce.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.stakeholder.EsusAgreement;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseStatus;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.core.stakeholder.StatutoryClauses;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.spi.SseDefinition.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The branches of {@link SseDefinition} that the case files reach only in part: statutory clauses
 * that fail Art. 1 I for an enterprise SSE by its form, clauses of Art. 1 II 2° c for a company,
 * legal personality (décret n° 2015-431 Art. 3 2°), the ESUS agreement's 2- and 5-year bounds and
 * the facts asked for an unknown status. Stakeholders are synthetic; legal categories are INSEE's
 * (FACTS.md § 8), the rules of Art. 1 are those of domain/legal-texts.md and FACTS.md §§ 2.1–2.3,
 * the ESUS durations FACTS.md § 2.5 and FACTS-2.md § 5.3.
 */
class SseDefinitionBranchesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  static final String PATH = "$.members[0].stakeholder";

  static Stakeholder.Builder stakeholder(StakeholderKind kind, String category) {
    Stakeholder.Builder builder =
        Stakeholder.builder().id("m").name("Membre (synthétique)").kind(kind);
    if (category != null) {
      builder.legalCategory(LegalCategory.parse(category));
    }
    return builder;
  }

  /**
   * Statutes that declare the four conditions of Art. 1 I and the three clauses of Art. 1 II 2° c,
   * all met.
   */
  static StatutoryClauses.Builder conforming() {
    return StatutoryClauses.builder()
        .purposeOtherThanProfitSharing(true)
        .democraticGovernance(true)
        .profitsMostlyReinvested(true)
        .impartibleReserves(true)
        .developmentFundClause(true)
        .retainedEarningsClause(true)
        .capitalClause(true);
  }

  /** Conforming statutes but for one clause, declared not met. */
  static StatutoryClauses failing(String clause) {
    StatutoryClauses.Builder builder = conforming();
    switch (clause) {
      case "purposeOtherThanProfitSharing" -> builder.purposeOtherThanProfitSharing(false);
      case "democraticGovernance" -> builder.democraticGovernance(false);
      case "profitsMostlyReinvested" -> builder.profitsMostlyReinvested(false);
      case "impartibleReserves" -> builder.impartibleReserves(false);
      case "developmentFundClause" -> builder.developmentFundClause(false);
      case "retainedEarningsClause" -> builder.retainedEarningsClause(false);
      case "capitalClause" -> builder.capitalClause(false);
      default -> throw new IllegalArgumentException(clause);
    }
    return builder.build();
  }

  static Stakeholder association(StatutoryClauses statutes) {
    return stakeholder(StakeholderKind.ENTERPRISE, "9220")
        .sseStatus(SseStatus.byLegalForm())
        .statutes(statutes)
        .build();
  }

  static SseStatus esus(LocalDate start) {
    return SseStatus.esus(EsusAgreement.builder().start(start).build());
  }

  // ---------------------------------------------------------------- Art. 1 I for a form of Art. 1
  // II 1°

  @ParameterizedTest
  @ValueSource(
      strings = {
        "purposeOtherThanProfitSharing",
        "democraticGovernance",
        "profitsMostlyReinvested",
        "impartibleReserves"
      })
  void anAssociationWhoseStatutesDenyAConditionOfArt1IIsNotAnSseEnterprise(String clause) {
    Stakeholder association = association(failing(clause));
    assertSame(SseDefinition.B_STATUTES, SseDefinition.legalForm(association));
    assertEquals(List.of(clause), SseDefinition.falseClauses(association.statutes()));
    // Declared SSE by its form, so no ESUS agreement can save it: not an SSE enterprise.
    assertEquals(Outcome.NOT_MET, SseDefinition.outcome(association, AS_OF));
    assertEquals(List.of(), SseDefinition.missingFacts(association, PATH, AS_OF));
  }

  @ParameterizedTest
  @ValueSource(strings = {"developmentFundClause", "retainedEarningsClause", "capitalClause"})
  void theManagementClausesOfCommercialCompaniesDoNotBindAnAssociation(String clause) {
    // Art. 1 II 2° c applies to commercial companies; Art. 1 II 1° forms answer only to Art. 1 I.
    Stakeholder association = association(failing(clause));
    assertSame(SseDefinition.B_FORM, SseDefinition.legalForm(association));
    assertEquals(Outcome.MET, SseDefinition.outcome(association, AS_OF));
  }

  @Test
  void conformingOrUndeclaredStatutesLeaveTheFormDecide() {
    assertSame(SseDefinition.B_FORM, SseDefinition.legalForm(association(conforming().build())));
    // An undeclared clause is unknown, never a failure.
    assertSame(
        SseDefinition.B_FORM,
        SseDefinition.legalForm(association(StatutoryClauses.builder().build())));
  }

  @Test
  void aDeclaredCooperativeOrFormAnswersToArt1IToo() {
    Stakeholder scic =
        stakeholder(StakeholderKind.ENTERPRISE, null)
            .addSpecificStatuses(SpecificStatus.SCIC)
            .statutes(failing("profitsMostlyReinvested"))
            .build();
    assertSame(SseDefinition.B_STATUTES, SseDefinition.legalForm(scic));
    Stakeholder declared =
        stakeholder(StakeholderKind.ENTERPRISE, null)
            .sseStatus(SseStatus.byLegalForm())
            .statutes(failing("impartibleReserves"))
            .build();
    assertSame(SseDefinition.B_STATUTES, SseDefinition.legalForm(declared));
    Stakeholder conforming =
        stakeholder(StakeholderKind.ENTERPRISE, null)
            .sseStatus(SseStatus.byLegalForm())
            .statutes(conforming().build())
            .build();
    assertSame(SseDefinition.B_DECLARED, SseDefinition.legalForm(conforming));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5710", "5499", "5599"})
  void aScopOrScicInCompanyFormIsACooperative(String companyCode) {
    // FACTS.md § 8: a SCIC or a SCOP in SAS (or SARL, SA) form carries the company's INSEE code;
    // only its
    // declared status tells it is a cooperative, SSE by its form (Art. 1 II 1°).
    for (SpecificStatus status : List.of(SpecificStatus.SCIC, SpecificStatus.SCOP)) {
      Stakeholder coop =
          stakeholder(StakeholderKind.ENTERPRISE, companyCode).addSpecificStatuses(status).build();
      assertSame(SseDefinition.A_PRIVATE, SseDefinition.privateLaw(coop));
      assertSame(SseDefinition.B_COOPERATIVE, SseDefinition.legalForm(coop));
      assertEquals(Outcome.MET, SseDefinition.outcome(coop, AS_OF));
    }
    // The same company without the status is not SSE by its form.
    Stakeholder company = stakeholder(StakeholderKind.ENTERPRISE, companyCode).build();
    assertSame(SseDefinition.B_NOT_FORM, SseDefinition.legalForm(company));
    assertEquals(Outcome.UNKNOWN, SseDefinition.outcome(company, AS_OF));
  }

  @Test
  void aCooperativeStatusCannotBeGivenToAPublicBody() {
    // A SCIC is a cooperative company: beside a commune's category the status is a contradiction,
    // refused when
    // the stakeholder is built rather than decided one way or the other.
    io.github.ptce.core.InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.github.ptce.core.InvalidInputException.class,
            () ->
                stakeholder(StakeholderKind.LOCAL_AUTHORITY, "7210")
                    .addSpecificStatuses(SpecificStatus.SCIC)
                    .build());
    assertEquals("stakeholder.cooperativeStatusCategory", e.violations().get(0).code());
    Stakeholder commune = stakeholder(StakeholderKind.LOCAL_AUTHORITY, "7210").build();
    assertSame(SseDefinition.B_NOT_FORM, SseDefinition.legalForm(commune));
    assertEquals(Outcome.NOT_MET, SseDefinition.outcome(commune, AS_OF));
  }

  // ---------------------------------------------------------------- Art. 1 II 2° for a commercial
  // company

  @ParameterizedTest
  @ValueSource(
      strings = {
        "purposeOtherThanProfitSharing",
        "democraticGovernance",
        "profitsMostlyReinvested",
        "impartibleReserves",
        "developmentFundClause",
        "retainedEarningsClause",
        "capitalClause"
      })
  void aCompanyWhoseStatutesLackAClauseIsNotAnSseEnterpriseDespiteItsMention(String clause) {
    Stakeholder company =
        stakeholder(StakeholderKind.ENTERPRISE, "5710")
            .sseStatus(SseStatus.essMention(LocalDate.of(2018, 3, 15)))
            .statutes(failing(clause))
            .build();
    assertSame(SseDefinition.C1_CLAUSE_FAILS, SseDefinition.companyConditions(company, AS_OF));
    assertEquals(List.of(clause), SseDefinition.falseClauses(company.statutes()));
    assertEquals(Outcome.NOT_MET, SseDefinition.commercial(company, AS_OF));
    assertEquals(Outcome.NOT_MET, SseDefinition.outcome(company, AS_OF));
  }

  @Test
  void aCompanyWithConformingStatutesAndTheMentionIsAnSseEnterprise() {
    Stakeholder company =
        stakeholder(StakeholderKind.ENTERPRISE, "5710")
            .sseStatus(SseStatus.essMention(LocalDate.of(2018, 3, 15)))
            .statutes(conforming().build())
            .build();
    assertSame(SseDefinition.C1_MENTION, SseDefinition.companyConditions(company, AS_OF));
    assertEquals(List.of(), SseDefinition.falseClauses(company.statutes()));
    assertEquals(Outcome.MET, SseDefinition.outcome(company, AS_OF));
  }

  @Test
  void falseClausesListsTheClausesDeclaredNotMetInTheOrderOfTheLaw() {
    StatutoryClauses statutes =
        conforming().capitalClause(false).democraticGovernance(false).build();
    assertEquals(
        List.of("democraticGovernance", "capitalClause"),
        SseDefinition.falseClauses(Optional.of(statutes)));
    assertEquals(
        List.of(), SseDefinition.falseClauses(Optional.of(StatutoryClauses.builder().build())));
    assertEquals(List.of(), SseDefinition.falseClauses(Optional.empty()));
  }

  @Test
  void eachClauseIsReadFromItsOwnProperty() {
    for (String name : SseDefinition.CLAUSES) {
      StatutoryClauses statutes = failing(name);
      for (String other : SseDefinition.CLAUSES) {
        assertEquals(
            Optional.of(!other.equals(name)),
            SseDefinition.clause(statutes, other),
            name + " / " + other);
      }
    }
    assertEquals(
        Optional.empty(),
        SseDefinition.clause(StatutoryClauses.builder().build(), "capitalClause"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SseDefinition.clause(conforming().build(), "socialUtilityObjectives"));
  }

  // ---------------------------------------------------------------- legal personality

  @Test
  void legalPersonality() {
    // Declared of kind OTHER_LEGAL_PERSON, without a category: a legal person by its declaration.
    Finding declared =
        SseDefinition.legalPerson(stakeholder(StakeholderKind.OTHER_LEGAL_PERSON, null).build());
    assertEquals(new Finding(Outcome.MET, "declaredKind", CriterionKind.DECLARED), declared);
    // The same with a code INSEE's table holds but the library does not classify (6540, société
    // civile
    // immobilière): the declaration still decides.
    assertSame(
        SseDefinition.P_DECLARED_KIND,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.OTHER_LEGAL_PERSON, "6540").build()));
    // An enterprise without a category may be a sole trader: unknown.
    Finding enterprise =
        SseDefinition.legalPerson(stakeholder(StakeholderKind.ENTERPRISE, null).build());
    assertEquals(new Finding(Outcome.UNKNOWN, "unknownForm", CriterionKind.AUTOMATED), enterprise);
    assertSame(
        SseDefinition.A_UNKNOWN,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.RESEARCH_CENTRE, null).build()));
    // The category decides over the declared kind, both ways.
    assertSame(
        SseDefinition.P_FORM,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.OTHER_LEGAL_PERSON, "9300").build()));
    assertSame(
        SseDefinition.A_NO_PERSONALITY,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.OTHER_LEGAL_PERSON, "9210").build()));
    // Legal persons of public law are legal persons.
    assertSame(
        SseDefinition.P_FORM,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.LOCAL_AUTHORITY, "7210").build()));
    assertSame(
        SseDefinition.P_PUBLIC_KIND,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.STATE_SERVICE, null).build()));
    // Evidence only legal persons of private law hold.
    assertSame(
        SseDefinition.A_COOPERATIVE,
        SseDefinition.legalPerson(
            stakeholder(StakeholderKind.ENTERPRISE, null)
                .addSpecificStatuses(SpecificStatus.CAE)
                .build()));
    assertSame(
        SseDefinition.A_NATURAL,
        SseDefinition.legalPerson(stakeholder(StakeholderKind.NATURAL_PERSON, null).build()));
  }

  // ---------------------------------------------------------------- the ESUS agreement without an
  // end date

  @Test
  void anAgreementWithoutEndIsValidTwoYearsAndOverAfterFive() {
    LocalDate start = LocalDate.of(2020, 3, 1);
    Stakeholder company =
        stakeholder(StakeholderKind.ENTERPRISE, "5710").sseStatus(esus(start)).build();
    assertSame(SseDefinition.D_NOT_YET, SseDefinition.esusAgreement(company, start.minusDays(1)));
    assertSame(SseDefinition.D_VALID_MINIMUM, SseDefinition.esusAgreement(company, start));
    assertSame(
        SseDefinition.D_VALID_MINIMUM,
        SseDefinition.esusAgreement(company, LocalDate.of(2022, 2, 28)));
    assertSame(
        SseDefinition.D_END_UNKNOWN,
        SseDefinition.esusAgreement(company, LocalDate.of(2022, 3, 1)));
    assertSame(
        SseDefinition.D_END_UNKNOWN,
        SseDefinition.esusAgreement(company, LocalDate.of(2025, 2, 28)));
    assertSame(
        SseDefinition.D_EXPIRED_MAXIMUM,
        SseDefinition.esusAgreement(company, LocalDate.of(2025, 3, 1)));
    assertSame(
        SseDefinition.D_EXPIRED_MAXIMUM,
        SseDefinition.esusAgreement(company, LocalDate.of(2030, 1, 1)));
    // A company with nothing else is an SSE enterprise while the agreement is valid; after five
    // years the
    // agreement no longer proves it, and whether its statutes and an RCS mention do is unknown.
    assertEquals(Outcome.MET, SseDefinition.outcome(company, LocalDate.of(2021, 6, 1)));
    assertEquals(Outcome.UNKNOWN, SseDefinition.outcome(company, LocalDate.of(2025, 3, 1)));
  }

  @Test
  void anAgreementWithItsEndDateOrHeldAsOfRight() {
    Stakeholder dated =
        stakeholder(StakeholderKind.ENTERPRISE, "5710")
            .sseStatus(
                SseStatus.esus(
                    EsusAgreement.builder()
                        .start(LocalDate.of(2022, 1, 3))
                        .end(LocalDate.of(2026, 12, 31))
                        .build()))
            .build();
    assertSame(
        SseDefinition.D_VALID, SseDefinition.esusAgreement(dated, LocalDate.of(2026, 12, 31)));
    assertSame(
        SseDefinition.D_EXPIRED, SseDefinition.esusAgreement(dated, LocalDate.of(2027, 1, 1)));
    Stakeholder asOfRight =
        stakeholder(StakeholderKind.ENTERPRISE, "9220")
            .sseStatus(
                SseStatus.esus(
                    EsusAgreement.builder()
                        .start(LocalDate.of(2015, 1, 5))
                        .asOfRight(true)
                        .build()))
            .build();
    assertSame(SseDefinition.D_AS_OF_RIGHT, SseDefinition.esusAgreement(asOfRight, AS_OF));
  }

  // ---------------------------------------------------------------- missing facts

  @Test
  void aDecidedStatusMissesNoFact() {
    Stakeholder association = stakeholder(StakeholderKind.ENTERPRISE, "9220").build();
    assertEquals(Outcome.MET, SseDefinition.outcome(association, AS_OF));
    assertTrue(SseDefinition.missingFacts(association, PATH, AS_OF).isEmpty());
    assertEquals(
        List.of(), SseDefinition.missingFacts(association, PATH, LocalDate.of(2014, 8, 1)));
  }

  @Test
  void aCodeTheLibraryDoesNotClassifyAsksForTheCategoryAndTheEvidence() {
    // 6540 (société civile immobilière) is in INSEE's table but not classified by FACTS.md § 8:
    // whether the
    // member is a legal person of private law (A), and which evidence it has, are both unknown.
    Stakeholder unclassified = stakeholder(StakeholderKind.ENTERPRISE, "6540").build();
    assertEquals(Outcome.UNKNOWN, SseDefinition.privateLaw(unclassified).outcome());
    assertSame(SseDefinition.B_UNDETERMINED, SseDefinition.legalForm(unclassified));
    assertEquals(Outcome.UNKNOWN, SseDefinition.outcome(unclassified, AS_OF));
    assertEquals(
        List.of(PATH + ".legalCategory", PATH + ".sseStatus", PATH + ".sseStatus.essMentionDate"),
        paths(SseDefinition.missingFacts(unclassified, PATH, AS_OF)));
  }

  @Test
  void anUndeterminedFormWithAnAgreementOfUnknownEndAsksForBoth() {
    // 9900 (autre personne morale de droit privé): a legal person of private law whose form may or
    // may not
    // be one of Art. 1 II 1°; its ESUS agreement started three years ago and its end is not given.
    Stakeholder other =
        stakeholder(StakeholderKind.OTHER_LEGAL_PERSON, "9900")
            .sseStatus(esus(LocalDate.of(2023, 1, 2)))
            .build();
    assertSame(SseDefinition.A_PRIVATE, SseDefinition.privateLaw(other));
    assertSame(SseDefinition.B_UNDETERMINED, SseDefinition.legalForm(other));
    assertSame(SseDefinition.D_END_UNKNOWN, SseDefinition.esusAgreement(other, AS_OF));
    assertEquals(Outcome.UNKNOWN, SseDefinition.outcome(other, AS_OF));
    assertEquals(
        List.of(PATH + ".sseStatus", PATH + ".sseStatus.esusAgreement.end"),
        paths(SseDefinition.missingFacts(other, PATH, AS_OF)));
  }

  @Test
  void anEnterpriseWithNothingDeclaredIsAskedEachFactOnce() {
    Stakeholder nothing = stakeholder(StakeholderKind.ENTERPRISE, null).build();
    assertEquals(
        List.of(PATH + ".legalCategory", PATH + ".sseStatus.essMentionDate", PATH + ".sseStatus"),
        paths(SseDefinition.missingFacts(nothing, PATH, AS_OF)));
  }

  // ---------------------------------------------------------------- three-valued logic

  @Test
  void theAllocationFreeCombinationsAgreeWithThoseOfTheScheme() {
    // The scheme fr.law.2014-856.art1 combines its criteria with Outcome.allOf and Outcome.anyOf;
    // the test that
    // every other scheme asks must give the same answer for every combination, not applicable
    // included.
    for (Outcome a : Outcome.values()) {
      for (Outcome b : Outcome.values()) {
        assertEquals(Outcome.allOf(List.of(a, b)), SseDefinition.allOf(a, b), a + " and " + b);
        for (Outcome c : Outcome.values()) {
          assertEquals(
              Outcome.anyOf(List.of(a, b, c)),
              SseDefinition.anyOf(a, b, c),
              a + " or " + b + " or " + c);
        }
      }
    }
  }

  static List<String> paths(List<MissingFact> facts) {
    return facts.stream().map(MissingFact::path).toList();
  }
}
