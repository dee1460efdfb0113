package io.github.ptce.rules.schemes.hautsdefrance;

import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.stakeholder.AuthorityLevel;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalFamily;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.stakeholder.StakeholderKind;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Validity;
import io.github.ptce.rules.spi.CarrierCriterion;
import io.github.ptce.rules.spi.SseDefinition;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The structure that applies for COTE is an eligible one (FACTS.md § 5, CONFIRMED).
 *
 * <p>Eligible: SSE employer associations (an association with employees); SCOP and SCIC;
 * entreprises adaptées; ESAT; employer groups and GEIQ; commercial companies holding the ESUS
 * agreement at the date. Excluded by name: capital companies with the ESS mention and no agreement;
 * EPCI; local authorities. The list is read as exhaustive: another structure is not eligible
 * ({@code notListed}), and the result says so as an assumption.
 *
 * <p>Declared statuses ({@link SpecificStatus}) and INSEE codes both count: 5458/5558/5658 are SCOP
 * codes and 9223 the employer-group code (FACTS.md § 8). A SCIC has no INSEE code: a cooperative
 * under a generic code (5460, 5560, 5660), or a company with nothing declared, is unknown until its
 * status is given. A carrier whose legal form is not known (no legal category, other than a State
 * service, or a code the library does not classify) is unknown too, even with an ESUS agreement: it
 * may be a company, an employer association or a structure COTE does not list.
 */
final class CoteCarrier extends CarrierCriterion {
  private static final Set<SpecificStatus> LISTED =
      EnumSet.of(
          SpecificStatus.SCOP,
          SpecificStatus.SCIC,
          SpecificStatus.ENTREPRISE_ADAPTEE,
          SpecificStatus.ESAT,
          SpecificStatus.EMPLOYER_GROUP,
          SpecificStatus.GEIQ);
  private static final Set<String> SCOP_CODES = Set.of("5458", "5558", "5658");
  private static final String EMPLOYER_GROUP_CODE = "9223";

  /**
   * EPCI à fiscalité propre: communauté urbaine, métropole, communauté de communes,
   * d'agglomération.
   */
  private static final Set<String> EPCI_CODES = Set.of("7343", "7344", "7346", "7348");

  private static final Set<String> GENERIC_COOPERATIVE_CODES = Set.of("5460", "5560", "5660");

  CoteCarrier(String id, LegalBasis basis, Validity validity) {
    super(id, CriterionKind.AUTOMATED, basis, validity, CoteScheme.BUNDLE);
  }

  @Override
  protected CriterionResult evaluateCarrier(Evaluation evaluation, Membership carrier) {
    Stakeholder s = carrier.stakeholder();
    String name = s.name();
    String path = evaluation.pathOf(carrier) + ".stakeholder";
    Optional<LegalCategory> category = s.legalCategory();
    // The INSEE category, or else a legal form as published ("SCIC SA", "association"): the form is
    // known either
    // way, and its family is what all its categories share.
    boolean formKnown = category.isPresent() || s.legalForm().isPresent();
    String code = category.map(LegalCategory::code).orElse("");
    LegalFamily family = s.legalFamily().orElse(LegalFamily.UNCLASSIFIED);
    String form = SseDefinition.describeForm(s);
    StakeholderKind kind = s.kind();

    if (kind == StakeholderKind.NATURAL_PERSON) {
      return notMet("naturalPerson", name, s).build();
    }
    if (kind == StakeholderKind.LOCAL_AUTHORITY || family == LegalFamily.LOCAL_AUTHORITY) {
      return notMet("localAuthority", name, s).build();
    }
    boolean grouping =
        kind == StakeholderKind.LOCAL_AUTHORITY_GROUPING
            || family == LegalFamily.LOCAL_AUTHORITY_GROUPING;
    boolean epciForm =
        !s.possibleLegalCategories().isEmpty()
            && s.possibleLegalCategories().stream().allMatch(c -> EPCI_CODES.contains(c.code()));
    if (epciForm
        || (grouping && s.authorityLevel().map(AuthorityLevel.EPCI::equals).orElse(false))) {
      return notMet("epci", name, s).build();
    }
    if (grouping) {
      return notListed(name, s, form);
    }
    for (SpecificStatus status : s.knownStatuses()) {
      if (LISTED.contains(status)) {
        return met("listedStatus", name, s, "status", status)
            .decidedBy(CriterionKind.DECLARED)
            .build();
      }
    }
    if (SCOP_CODES.contains(code)) {
      return met("scopCode", name, s, "form", form).build();
    }
    if (EMPLOYER_GROUP_CODE.equals(code)) {
      return met("employerGroupCode", name, s, "form", form).build();
    }
    boolean undeclaredEnterprise = !formKnown && kind == StakeholderKind.ENTERPRISE;
    boolean company = family == LegalFamily.COMMERCIAL_COMPANY || family == LegalFamily.COOPERATIVE;
    SseDefinition.Finding esus = SseDefinition.esusAgreement(s, evaluation.asOf());
    if (esus.outcome() == Outcome.MET && company) {
      return met("esusCompany", name, s).decidedBy(CriterionKind.DECLARED).build();
    }
    if (family == LegalFamily.ASSOCIATION) {
      return association(evaluation, carrier, path, form);
    }
    if (family == LegalFamily.COMMERCIAL_COMPANY || undeclaredEnterprise) {
      return company(evaluation, s, path, esus, !formKnown);
    }
    if (family == LegalFamily.COOPERATIVE) {
      return GENERIC_COOPERATIVE_CODES.contains(code)
          ? unknown("cooperativeUnknown", name, s, "form", form)
              .missing(fact(path + ".specificStatuses", "fact.specificStatuses", "name", name))
              .build()
          : notListed(name, s, form);
    }
    if (!formKnown && kind == StakeholderKind.ENTERPRISE_GROUPING) {
      return unknown("groupingUnknown", name, s)
          .missing(fact(path + ".specificStatuses", "fact.specificStatuses", "name", name))
          .missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name))
          .build();
    }
    // Without a legal category, a research centre, a higher-education establishment or a training
    // body may be
    // an association with employees, which COTE lists: unknown, never "not listed". A State service
    // is of
    // public law whatever its category.
    if ((!formKnown && kind != StakeholderKind.STATE_SERVICE)
        || (formKnown && family == LegalFamily.UNCLASSIFIED)) {
      return unknown(formKnown ? "formUnknown" : "formNotGiven", name, s, "form", form)
          .missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name))
          .build();
    }
    return notListed(name, s, formKnown ? form : Labels.of(kind));
  }

  /**
   * Not among the listed carriers: the page lists them without saying "only", so the reading is
   * shown.
   */
  private CriterionResult notListed(String name, Stakeholder s, Object form) {
    return notMet("notListed", name, s, "form", form)
        .assumption(message("assume.listExhaustive"))
        .build();
  }

  private CriterionResult association(
      Evaluation evaluation, Membership carrier, String path, String form) {
    Stakeholder s = carrier.stakeholder();
    if (evaluation.sseStatus(carrier) == Outcome.NOT_MET) {
      return notMet("associationNotSse", s.name(), s, "form", form).build();
    }
    OptionalInt employees = s.employees();
    // A head count, or else whether it employs staff at all (a register's employer flag): either
    // decides.
    Optional<Boolean> employs = s.employsStaff();
    if (employs.isEmpty()) {
      return unknown("employeesUnknown", s.name(), s)
          .missing(fact(path + ".employees", "fact.employees", "name", s.name()))
          .build();
    }
    if (!employs.get()) {
      return notMet("noEmployees", s.name(), s).build();
    }
    if (employees.isEmpty()) {
      return met("employerFlag", s.name(), s).decidedBy(CriterionKind.DECLARED).build();
    }
    return met(
            "employerAssociation", s.name(), s, "employees", Integer.toString(employees.getAsInt()))
        .decidedBy(CriterionKind.DECLARED)
        .build();
  }

  private CriterionResult company(
      Evaluation evaluation,
      Stakeholder s,
      String path,
      SseDefinition.Finding esus,
      boolean noCategory) {
    String name = s.name();
    SseEvidence evidence = s.sseStatus().evidence();
    switch (evidence) {
      case ESS_MENTION -> {
        return notMet("mentionOnly", name, s).decidedBy(CriterionKind.DECLARED).build();
      }
      case NOT_SSE -> {
        return notMet("notSse", name, s).decidedBy(CriterionKind.DECLARED).build();
      }
      case ESUS_AGREEMENT -> {
        if (noCategory) {
          // Valid or not, the agreement does not decide for an enterprise of unknown form: COTE
          // takes a company
          // holding it, an association only with employees (agreed or not), a foundation not at
          // all.
          return unknown("formNotGiven", name, s)
              .missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name))
              .build();
        }
        if (esus.outcome() == Outcome.UNKNOWN) {
          return unknown(
                  "esusEnd", name, s, "why", SseDefinition.esusReason(s, evaluation.asOf(), name))
              .missing(SseDefinition.esusMissingFacts(s, path, evaluation.asOf(), name))
              .build();
        }
        return notMet(
                "esusNotValid",
                name,
                s,
                "why",
                SseDefinition.esusReason(s, evaluation.asOf(), name))
            .decidedBy(CriterionKind.DECLARED)
            .build();
      }
      case BY_LEGAL_FORM -> {
        return unknown("formNotGiven", name, s)
            .missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name))
            .build();
      }
      default -> {
        CriterionResult.Builder result =
            unknown("statusUnknown", name, s)
                .missing(fact(path + ".sseStatus", "fact.sseStatus", "name", name))
                .missing(fact(path + ".specificStatuses", "fact.specificStatuses", "name", name));
        if (noCategory) {
          result.missing(fact(path + ".legalCategory", "fact.legalCategory", "name", name));
        }
        return result.build();
      }
    }
  }

  private CriterionResult.Builder met(String reason, String name, Stakeholder s, Object... more) {
    return result(Outcome.MET, reason, arguments(name, more)).member(s.id());
  }

  private CriterionResult.Builder notMet(
      String reason, String name, Stakeholder s, Object... more) {
    return result(Outcome.NOT_MET, reason, arguments(name, more))
        .member(s.id())
        .remediation(message("remedy.notEligible"));
  }

  private CriterionResult.Builder unknown(
      String reason, String name, Stakeholder s, Object... more) {
    return result(Outcome.UNKNOWN, reason, arguments(name, more))
        .member(s.id())
        .remediation(message("remedy.complete", "name", name));
  }

  private static Object[] arguments(String name, Object... more) {
    Object[] all = new Object[more.length + 2];
    all[0] = "name";
    all[1] = name;
    System.arraycopy(more, 0, all, 2, more.length);
    return all;
  }
}
