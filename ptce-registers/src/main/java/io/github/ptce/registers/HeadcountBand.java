package io.github.ptce.registers;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A headcount band of the Sirene register ({@code trancheEffectifs…}, {@code
 * tranche_effectif_salarie}), the INSEE code table of registers.md § 1.5.
 *
 * <p>The band is statistical and yearly: it describes the staff at 31 December of its year ({@link
 * Headcount#year()}), which is two years before the extract. INSEE says it has no direct link with
 * the establishments' employer flag ({@code caractereEmployeurEtablissement}), whose source and
 * timing differ.
 */
public enum HeadcountBand {
  /** {@code NN}: non-employer, or presumed non-employer (no declaration received). */
  NN("NN", -1, -1),
  /** {@code 00}: no employee at 31/12, but some during the year. */
  BAND_00("00", 0, 0),
  /** {@code 01}: 1 or 2 employees. */
  BAND_01("01", 1, 2),
  /** {@code 02}: 3 to 5. */
  BAND_02("02", 3, 5),
  /** {@code 03}: 6 to 9. */
  BAND_03("03", 6, 9),
  /** {@code 11}: 10 to 19. */
  BAND_11("11", 10, 19),
  /** {@code 12}: 20 to 49. */
  BAND_12("12", 20, 49),
  /** {@code 21}: 50 to 99. */
  BAND_21("21", 50, 99),
  /** {@code 22}: 100 to 199. */
  BAND_22("22", 100, 199),
  /** {@code 31}: 200 to 249. */
  BAND_31("31", 200, 249),
  /** {@code 32}: 250 to 499. */
  BAND_32("32", 250, 499),
  /** {@code 41}: 500 to 999. */
  BAND_41("41", 500, 999),
  /** {@code 42}: 1,000 to 1,999. */
  BAND_42("42", 1000, 1999),
  /** {@code 51}: 2,000 to 4,999. */
  BAND_51("51", 2000, 4999),
  /** {@code 52}: 5,000 to 9,999. */
  BAND_52("52", 5000, 9999),
  /** {@code 53}: 10,000 and more. */
  BAND_53("53", 10000, Integer.MAX_VALUE);

  private final String code;
  private final int min;
  private final int max;

  HeadcountBand(String code, int min, int max) {
    this.code = code;
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the register's code.
   *
   * @return e.g. {@code 01}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the smallest headcount of the band at 31 December.
   *
   * @return the bound, empty for {@link #NN}
   */
  public OptionalInt minimum() {
    return min < 0 ? OptionalInt.empty() : OptionalInt.of(min);
  }

  /**
   * Returns the largest headcount of the band at 31 December.
   *
   * @return the bound, empty for {@link #NN} and {@link #BAND_53} (no upper bound)
   */
  public OptionalInt maximum() {
    return min < 0 || max == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * Reads a register code.
   *
   * @param code e.g. {@code NN}, {@code 00}, {@code 12}
   * @return the band, or empty for a code outside INSEE's table
   */
  public static Optional<HeadcountBand> fromCode(String code) {
    for (HeadcountBand band : values()) {
      if (band.code.equals(code)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }
}
