package io.github.ptce.core.territory;

import io.github.ptce.core.text.MessageBundle;
import java.util.Locale;

/**
 * The legal kind of an EPCI à fiscalité propre, as the DGCL lists it (and the bundled data with
 * it).
 *
 * <p>The constant names are the data's codes ({@code CC}, {@code CA}, {@code CU}, {@code METRO},
 * {@code MET69}).
 */
public enum EpciType {
  /** Communauté de communes. */
  CC("Communauté de communes", "Community of communes"),
  /** Communauté d'agglomération. */
  CA("Communauté d'agglomération", "Agglomeration community"),
  /** Communauté urbaine. */
  CU("Communauté urbaine", "Urban community"),
  /** Métropole (other than Lyon's). */
  METRO("Métropole", "Metropolis"),
  /** Métropole de Lyon, a territorial collectivity with the status of an EPCI in the data. */
  MET69("Métropole de Lyon", "Lyon Metropolis");

  private final String french;
  private final String english;

  EpciType(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /**
   * Returns the French name of the kind, the legal term.
   *
   * @return e.g. {@code Communauté d'agglomération}
   */
  public String frenchLabel() {
    return french;
  }

  /**
   * Returns the name of the kind in French for a French locale, in English otherwise.
   *
   * @param locale the language
   * @return the label
   */
  public String label(Locale locale) {
    return MessageBundle.isFrench(locale) ? french : english;
  }
}
