package io.github.ptce.core.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a local key: 1 to 64 ASCII letters, digits, {@code .}, {@code _} or {@code -},
 * starting with a letter or a digit (e.g. {@code tetris}, {@code ca-pays-de-grasse}). {@code null}
 * is valid.
 */
@Documented
@Constraint(validatedBy = LocalId.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface LocalId {
  /**
   * Returns the message key.
   *
   * @return the key of the message in the core message files
   */
  String message() default "{io.github.ptce.core.constraints.LocalId.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks the syntax of a local key without a regular expression. */
  final class Validator implements ConstraintValidator<LocalId, String> {
    /** Creates the validator; called by Bean Validation. */
    public Validator() {}

    /** The longest key accepted. */
    static final int MAX_LENGTH = 64;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value.isEmpty() || value.length() > MAX_LENGTH || !isAlnum(value.charAt(0))) {
        return false;
      }
      for (int i = 1; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
          return false;
        }
      }
      return true;
    }

    private static boolean isAlnum(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }
}
