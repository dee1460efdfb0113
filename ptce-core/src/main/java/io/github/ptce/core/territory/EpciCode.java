package io.github.ptce.core.territory;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.id.Siren;

/**
 * The code of an EPCI à fiscalité propre (communauté de communes, d'agglomération, urbaine,
 * métropole): its 9-digit SIREN, e.g. {@code 200039857} for the CA du Pays de Grasse.
 *
 * <p>Every EPCI code in the bundled geography passes the SIREN Luhn check, so the check is applied
 * here. Immutable and thread-safe; a value type.
 */
public final class EpciCode implements Comparable<EpciCode> {
  static final String TYPE = "epciCode";

  private final Siren siren;

  private EpciCode(Siren siren) {
    this.siren = siren;
  }

  /**
   * Parses an EPCI code.
   *
   * @param text nine digits, spaces allowed
   * @return the code
   * @throws InvalidValueException with value type {@code epciCode} and reason {@code BLANK}, {@code
   *     INVALID_CHARACTER}, {@code WRONG_LENGTH} or {@code CHECKSUM}
   */
  public static EpciCode parse(CharSequence text) {
    try {
      return new EpciCode(Siren.parse(text));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(TYPE, e.reason(), text.toString());
    }
  }

  /**
   * Returns the EPCI's SIREN.
   *
   * @return the SIREN
   */
  public Siren siren() {
    return siren;
  }

  @Override
  public int compareTo(EpciCode other) {
    return siren.compareTo(other.siren);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EpciCode e && siren.equals(e.siren);
  }

  @Override
  public int hashCode() {
    return siren.hashCode();
  }

  /** Returns the nine digits. */
  @Override
  public String toString() {
    return siren.toString();
  }
}
