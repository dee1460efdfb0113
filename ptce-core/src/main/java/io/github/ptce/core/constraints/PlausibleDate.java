package io.github.ptce.core.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ptce.core.time.PartialDate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The date lies between {@value #MIN} and {@value #MAX} (a date known only to the month or year,
 * all of it): a date outside that range in a cluster's description (a membership, an agreement, a
 * strategy) is a typing error, not a fact. The library never compares a date with today's date,
 * since it never reads the clock. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {PlausibleDate.Validator.class, PlausibleDate.PartialDateValidator.class})
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {
  /** The earliest date accepted. */
  String MIN = "1900-01-01";

  /** The latest date accepted. */
  String MAX = "2099-12-31";

  /**
   * Returns the message key.
   *
   * @return the key of the message in the core message files
   */
  String message() default "{io.github.ptce.core.constraints.PlausibleDate.message}";

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

  /** Checks the range. */
  final class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {
    /** Creates the validator; called by Bean Validation. */
    public Validator() {}

    private static final LocalDate LOWEST = LocalDate.parse(MIN);
    private static final LocalDate HIGHEST = LocalDate.parse(MAX);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(LOWEST) && !value.isAfter(HIGHEST));
    }
  }

  /** Checks the range of a date known in part: every day it may be lies in the range. */
  final class PartialDateValidator implements ConstraintValidator<PlausibleDate, PartialDate> {
    /** Creates the validator; called by Bean Validation. */
    public PartialDateValidator() {}

    @Override
    public boolean isValid(PartialDate value, ConstraintValidatorContext context) {
      return value == null
          || (!value.earliest().isBefore(Validator.LOWEST)
              && !value.latest().isAfter(Validator.HIGHEST));
    }
  }
}
