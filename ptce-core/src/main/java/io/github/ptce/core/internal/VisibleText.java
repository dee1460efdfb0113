package io.github.ptce.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * The validator of {@link NotBlank} that ptce's validator uses instead of Hibernate Validator's: a
 * text is blank when it shows nothing, not only when it is made of ASCII blanks. Hibernate
 * Validator's checks {@code String.trim()}, which keeps a no-break space ({@code U+00A0}), an em
 * space ({@code U+2003}) or a zero-width space ({@code U+200B}): a name made of them would be
 * accepted and print as nothing.
 *
 * <p>A text is blank when every code point is a white space, a space separator, a control or a
 * format character (Unicode categories Zs, Zl, Zp, Cc and Cf). {@code null} is invalid, as the
 * constraint says.
 */
public final class VisibleText implements ConstraintValidator<NotBlank, CharSequence> {

  /** Creates the validator (Hibernate Validator instantiates it). */
  public VisibleText() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value != null && !isBlank(value);
  }

  /**
   * Whether a text shows nothing.
   *
   * @param text the text
   * @return whether every code point is a blank, a control or a format character
   */
  public static boolean isBlank(CharSequence text) {
    return text.codePoints().allMatch(VisibleText::invisible);
  }

  private static boolean invisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT;
  }
}
