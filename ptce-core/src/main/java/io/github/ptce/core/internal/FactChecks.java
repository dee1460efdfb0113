package io.github.ptce.core.internal;

import io.github.ptce.core.Violation;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.stakeholder.LegalCategory;
import io.github.ptce.core.stakeholder.LegalFamily;
import io.github.ptce.core.stakeholder.LegalForm;
import io.github.ptce.core.stakeholder.SpecificStatus;
import io.github.ptce.core.stakeholder.SseByLegalForm;
import io.github.ptce.core.stakeholder.SseEvidence;
import io.github.ptce.core.stakeholder.StakeholderKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structural checks shared by the holders of stakeholder facts (a stakeholder, unnamed members, the
 * cluster).
 */
public final class FactChecks {
  private FactChecks() {}

  /**
   * Adds a violation for every fact a source names that its holder does not have.
   *
   * @param sources the sources of the holder
   * @param properties the property names of the holder
   * @param problems where the violations go, with paths relative to the holder
   */
  public static void sources(
      List<Source> sources, Set<String> properties, List<Violation> problems) {
    for (int i = 0; i < sources.size(); i++) {
      for (String fact : sources.get(i).facts()) {
        if (!properties.contains(fact)) {
          problems.add(
              Violation.of(
                  "$.sources[" + i + "].facts",
                  "source.unknownFact",
                  Map.of("fact", fact, "allowed", String.join(", ", new TreeSet<>(properties)))));
        }
      }
    }
  }

  /**
   * Adds a violation when a public body (a local authority, a grouping of them, a State service) is
   * given a legal category or form of private law: the rules read those kinds as persons of public
   * law.
   *
   * @param kind the kind of person
   * @param category the INSEE category, if given
   * @param form the published legal form, if given
   * @param problems where the violation goes, at {@code $.legalCategory} or {@code $.legalForm}
   */
  public static void publicKind(
      StakeholderKind kind,
      Optional<LegalCategory> category,
      Optional<LegalForm> form,
      List<Violation> problems) {
    if (kind != StakeholderKind.LOCAL_AUTHORITY
        && kind != StakeholderKind.LOCAL_AUTHORITY_GROUPING
        && kind != StakeholderKind.STATE_SERVICE) {
      return;
    }
    if (category.flatMap(LegalCategory::privateLaw).orElse(false)) {
      problems.add(
          Violation.of(
              "$.legalCategory",
              "stakeholder.publicKindPrivateForm",
              Map.of("kind", kind.name(), "form", category.get().code())));
    } else if (category.isEmpty() && form.flatMap(LegalForm::privateLaw).orElse(false)) {
      problems.add(
          Violation.of(
              "$.legalForm",
              "stakeholder.publicKindPrivateForm",
              Map.of("kind", kind.name(), "form", form.get().name())));
    }
  }

  /**
   * Adds a violation when evidence of SSE status (by legal form, the RCS mention, an ESUS
   * agreement), which only legal persons of private law hold (Art. 1 I of loi n° 2014-856), is
   * given with a category or form of public law; or when a stakeholder declared not SSE has a form
   * that Art. 1 II 1° names (a cooperative, an association…), which is SSE unless its statutes fail
   * Art. 1 I: those are declared in its statutes.
   *
   * @param category the INSEE category, if given
   * @param form the published legal form, if given
   * @param evidence the evidence of the SSE status
   * @param problems where the violation goes, at {@code $.sseStatus.evidence}
   */
  public static void sseEvidence(
      Optional<LegalCategory> category,
      Optional<LegalForm> form,
      SseEvidence evidence,
      List<Violation> problems) {
    if (evidence == SseEvidence.UNKNOWN) {
      return;
    }
    if (evidence == SseEvidence.NOT_SSE) {
      SseByLegalForm byForm =
          category.isPresent()
              ? category.get().sseByLegalForm()
              : form.map(LegalForm::sseByLegalForm).orElse(SseByLegalForm.UNDETERMINED);
      if (byForm == SseByLegalForm.YES) {
        problems.add(
            Violation.of(
                "$.sseStatus.evidence",
                "stakeholder.notSseWithSseForm",
                Map.of(
                    "form",
                    category.map(LegalCategory::code).orElseGet(() -> form.orElseThrow().name()))));
      }
      return;
    }
    Optional<Boolean> privateLaw =
        category.isPresent() ? category.get().privateLaw() : form.flatMap(LegalForm::privateLaw);
    if (privateLaw.isPresent() && !privateLaw.get()) {
      problems.add(
          Violation.of(
              "$.sseStatus.evidence",
              "stakeholder.sseEvidencePublicForm",
              Map.of(
                  "evidence",
                  evidence.name(),
                  "form",
                  category.map(LegalCategory::code).orElseGet(() -> form.orElseThrow().name()))));
    }
  }

  /**
   * Adds a violation when a cooperative status (SCOP, SCIC, CAE) is declared with a legal category
   * of another family than a cooperative or a company: a SCIC in SAS form is coded 5710, never
   * 7210.
   *
   * @param category the INSEE category, if given
   * @param form the published legal form, if given
   * @param statuses the statuses declared or implied
   * @param problems where the violation goes, at {@code $.specificStatuses}
   */
  public static void statuses(
      Optional<LegalCategory> category,
      Optional<LegalForm> form,
      Set<SpecificStatus> statuses,
      List<Violation> problems) {
    Optional<LegalFamily> known =
        category.isPresent()
            ? (category.get().isClassified()
                ? Optional.of(category.get().family())
                : Optional.empty())
            : form.flatMap(LegalForm::family);
    if (known.isEmpty()
        || known.get() == LegalFamily.COOPERATIVE
        || known.get() == LegalFamily.COMMERCIAL_COMPANY) {
      return;
    }
    String what = category.map(LegalCategory::code).orElseGet(() -> form.orElseThrow().name());
    for (SpecificStatus status :
        List.of(SpecificStatus.SCOP, SpecificStatus.SCIC, SpecificStatus.CAE)) {
      if (statuses.contains(status)) {
        problems.add(
            Violation.of(
                "$.specificStatuses",
                "stakeholder.cooperativeStatusCategory",
                Map.of("status", status.name(), "category", what)));
        return;
      }
    }
  }

  /**
   * Adds a violation when a legal category is not one of the categories of the legal form given
   * beside it.
   *
   * @param category the INSEE category, if given
   * @param form the published form, if given
   * @param problems where the violation goes, at {@code $.legalForm}
   */
  public static void legalForm(
      Optional<LegalCategory> category, Optional<LegalForm> form, List<Violation> problems) {
    if (category.isPresent() && form.isPresent() && !form.get().allows(category.get())) {
      StringBuilder codes = new StringBuilder();
      for (LegalCategory allowed : form.get().categories()) {
        codes.append(codes.length() == 0 ? "" : ", ").append(allowed.code());
      }
      problems.add(
          Violation.of(
              "$.legalForm",
              "stakeholder.legalFormMismatch",
              Map.of(
                  "form",
                  form.get().name(),
                  "category",
                  category.get().code(),
                  "codes",
                  codes.toString())));
    }
  }
}
