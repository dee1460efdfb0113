package io.github.ptce.core.stakeholder;

/**
 * Statuses and approvals that the INSEE legal category cannot tell, declared by the user.
 *
 * <p>For instance there is no INSEE code for a SCIC or a CAE (FACTS.md § 8): they appear under
 * generic cooperative codes or as an SAS. Support schemes name these statuses (e.g. the
 * Hauts-de-France COTE aid).
 */
public enum SpecificStatus {
  /** Société coopérative et participative (SCOP), whatever its company form. */
  SCOP,
  /** Société coopérative d'intérêt collectif (SCIC). */
  SCIC,
  /** Coopérative d'activité et d'emploi (CAE). */
  CAE,
  /** Groupement d'employeurs (GE). */
  EMPLOYER_GROUP,
  /** Groupement d'employeurs pour l'insertion et la qualification (GEIQ). */
  GEIQ,
  /** Entreprise adaptée (EA). */
  ENTREPRISE_ADAPTEE,
  /** Établissement ou service d'aide par le travail (ESAT). */
  ESAT,
  /** Structure of insertion through economic activity (SIAE: EI, ETTI, AI, ACI). */
  INSERTION_STRUCTURE,
  /** Régie de quartier. */
  REGIE_DE_QUARTIER,
  /** Association or foundation recognised of public utility (RUP). */
  PUBLIC_UTILITY_RECOGNITION
}
