package io.github.ptce.core.testing;

import io.github.ptce.core.InvalidValueException.Reason;

/** The code segment of each reason, written out: what a client of the library matches on. */
public final class Reasons {
  private Reasons() {}

  /**
   * Returns the segment of the code for a reason.
   *
   * @param reason the reason
   * @return e.g. {@code wrongLength}
   */
  public static String segment(Reason reason) {
    return switch (reason) {
      case BLANK -> "blank";
      case WRONG_LENGTH -> "wrongLength";
      case INVALID_CHARACTER -> "invalidCharacter";
      case INVALID_FORMAT -> "invalidFormat";
      case CHECKSUM -> "checksum";
      case OUT_OF_RANGE -> "outOfRange";
    };
  }
}
