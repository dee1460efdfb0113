package io.github.ptce.core.territory;

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
import java.util.Map;

/**
 * The value is the code of an EPCI à fiscalité propre that exists in the bundled geography. {@code
 * null} is valid.
 *
 * <p>The geography is the one given to the validator as its constraint-validator payload, or {@link
 * Geography#bundled()}; a violation names the code and suggests the closest existing ones.
 */
@Documented
@Constraint(validatedBy = KnownEpci.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownEpci {
  /**
   * Returns the message key.
   *
   * @return the key of the message in the core message files
   */
  String message() default "{io.github.ptce.core.territory.KnownEpci.message}";

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

  /** Checks the code against the geography. */
  final class Validator implements ConstraintValidator<KnownEpci, EpciCode> {
    /** Creates the validator; called by Bean Validation. */
    public Validator() {}

    @Override
    public boolean isValid(EpciCode value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Geography geography = KnownCodes.geography(context);
      if (geography.epci(value).isPresent()) {
        return true;
      }
      String suggestions = KnownCodes.epcis(geography.suggestEpcis(value, KnownCodes.SUGGESTIONS));
      return KnownCodes.reject(
          context,
          suggestions.isEmpty() ? "epci.unknown" : "epci.unknown.hint",
          Map.of("value", value.toString(), "suggestions", suggestions));
    }
  }
}
