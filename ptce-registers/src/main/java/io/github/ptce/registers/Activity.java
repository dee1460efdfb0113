package io.github.ptce.registers;

import io.github.ptce.core.id.NafCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A principal activity code (APE) as the register gives it, with its nomenclature.
 *
 * <p>Most codes are NAF rév. 2 ({@code NAFRev2}); ceased units may keep a code of an older
 * nomenclature ({@code NAFRev1}, {@code NAF1993}, {@code NAP}), whose syntax differs: {@link
 * #naf()} is present only for a NAF rév. 2 code (or a code of unknown nomenclature that has its
 * syntax). {@code 00.00Z} means "registered without an activity yet" and is kept as it is.
 *
 * @param code the code as written, e.g. {@code 88.99B}
 * @param nomenclature the nomenclature as written ({@code NAFRev2}, …), empty when the source does
 *     not say
 * @param naf the code as a NAF rév. 2 sub-class, when it is one
 */
public record Activity(String code, Optional<String> nomenclature, Optional<NafCode> naf) {
  /** The nomenclature name of NAF rév. 2 in the register. */
  public static final String NAF_REV2 = "NAFRev2";

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Activity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nomenclature, "nomenclature");
    Objects.requireNonNull(naf, "naf");
  }

  /**
   * Builds an activity from the register's two values.
   *
   * @param code the code
   * @param nomenclature its nomenclature, empty when not given
   * @return the activity, with {@link #naf()} when the code is NAF rév. 2
   */
  public static Activity of(String code, Optional<String> nomenclature) {
    boolean nafRev2 = nomenclature.map(NAF_REV2::equalsIgnoreCase).orElse(true);
    Optional<NafCode> naf =
        nafRev2 && isNafSyntax(code) ? Optional.of(NafCode.parse(code)) : Optional.empty();
    return new Activity(code, nomenclature, naf);
  }

  /**
   * The syntax of a NAF rév. 2 code, checked without an exception for a code of another
   * nomenclature.
   */
  private static boolean isNafSyntax(String code) {
    return code.length() == 6
        && Character.isDigit(code.charAt(0))
        && Character.isDigit(code.charAt(1))
        && code.charAt(2) == '.'
        && Character.isDigit(code.charAt(3))
        && Character.isDigit(code.charAt(4))
        && code.charAt(5) >= 'A'
        && code.charAt(5) <= 'Z';
  }
}
