package io.github.ptce.core.stakeholder;

import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.territory.CommuneCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What is known of a person taking part in a cluster, named ({@link Stakeholder}) or known only by
 * a description ({@link io.github.ptce.core.cluster.UnnamedMembers}): the facts the eligibility
 * rules read. Every fact is optional; an absent fact is unknown.
 */
public interface StakeholderFacts {

  /**
   * Returns the kind of person.
   *
   * @return the kind
   */
  StakeholderKind kind();

  /**
   * Returns the INSEE legal category.
   *
   * @return the category, empty if unknown
   */
  Optional<LegalCategory> legalCategory();

  /**
   * Returns the legal form as published, when the INSEE category is not known (or beside it).
   *
   * @return the form, empty if not given
   */
  Optional<LegalForm> legalForm();

  /**
   * Returns what is known of the SSE status and its evidence.
   *
   * @return the status; {@link SseStatus#unknown()} when nothing is known
   */
  SseStatus sseStatus();

  /**
   * Returns what the statutes declare about Art. 1 and 2 of the 2014 law.
   *
   * @return the declarations, empty if not given
   */
  Optional<StatutoryClauses> statutes();

  /**
   * Returns the statuses declared beside the legal category (SCIC, SCOP, entreprise adaptée, …).
   *
   * @return the declared statuses, possibly none
   */
  Set<SpecificStatus> specificStatuses();

  /**
   * Returns the commune where the person is located.
   *
   * @return the commune, empty if unknown
   */
  Optional<CommuneCode> location();

  /**
   * Returns the number of employees.
   *
   * @return the head count, empty if unknown
   */
  OptionalInt employees();

  /**
   * Returns whether the person employs staff.
   *
   * @return the answer, empty if unknown
   */
  Optional<Boolean> employer();

  /**
   * Returns the sources of these facts.
   *
   * @return the sources, possibly none
   */
  List<Source> sources();

  /**
   * Returns the INSEE legal categories the person may have: its category when known, else those of
   * its published legal form.
   *
   * @return the possible categories, in code order; empty when neither is known
   */
  default SortedSet<LegalCategory> possibleLegalCategories() {
    Optional<LegalCategory> category = legalCategory();
    if (category.isPresent()) {
      TreeSet<LegalCategory> one = new TreeSet<>();
      one.add(category.get());
      return one;
    }
    return legalForm().map(LegalForm::categories).orElseGet(TreeSet::new);
  }

  /**
   * Returns the family of the legal form: that of the INSEE category when the library classifies
   * it, or else the family all the categories of the published legal form share.
   *
   * @return the family, empty when neither tells
   */
  default Optional<LegalFamily> legalFamily() {
    Optional<LegalCategory> category = legalCategory();
    if (category.isPresent()) {
      return category.get().isClassified()
          ? Optional.of(category.get().family())
          : Optional.empty();
    }
    return legalForm().flatMap(LegalForm::family);
  }

  /**
   * Returns whether the person is of private law, as its INSEE category, or else its published
   * form, tells.
   *
   * @return true or false, empty when neither tells
   */
  default Optional<Boolean> privateLaw() {
    Optional<LegalCategory> category = legalCategory();
    return category.isPresent()
        ? category.get().privateLaw()
        : legalForm().flatMap(LegalForm::privateLaw);
  }

  /**
   * Returns whether the person has legal personality, as its INSEE category, or else its published
   * form, tells.
   *
   * @return true or false, empty when neither tells
   */
  default Optional<Boolean> legalPerson() {
    Optional<LegalCategory> category = legalCategory();
    return category.isPresent()
        ? category.get().legalPerson()
        : legalForm().flatMap(LegalForm::legalPerson);
  }

  /**
   * Returns whether the legal form alone makes an SSE enterprise (Art. 1 II 1° of loi n° 2014-856),
   * as the INSEE category, or else the published form, tells.
   *
   * @return yes, no or undetermined; empty when neither a category nor a form is given
   */
  default Optional<SseByLegalForm> sseByLegalForm() {
    Optional<LegalCategory> category = legalCategory();
    return category.isPresent()
        ? Optional.of(category.get().sseByLegalForm())
        : legalForm().map(LegalForm::sseByLegalForm);
  }

  /**
   * Returns the statuses known of the person: those declared, and those its published legal form
   * implies (a "SCIC SA" is a {@link SpecificStatus#SCIC}).
   *
   * @return the statuses, possibly none
   */
  default Set<SpecificStatus> knownStatuses() {
    Optional<LegalForm> form = legalForm();
    if (form.isEmpty() || form.get().impliedStatuses().isEmpty()) {
      return specificStatuses();
    }
    Set<SpecificStatus> all = EnumSet.noneOf(SpecificStatus.class);
    all.addAll(specificStatuses());
    all.addAll(form.get().impliedStatuses());
    return all;
  }

  /**
   * Returns whether the person employs staff, from its head count when the answer is not given
   * directly.
   *
   * @return true or false, empty if neither is known
   */
  default Optional<Boolean> employsStaff() {
    Optional<Boolean> employer = employer();
    if (employer.isPresent()) {
      return employer;
    }
    OptionalInt employees = employees();
    return employees.isPresent() ? Optional.of(employees.getAsInt() > 0) : Optional.empty();
  }
}
