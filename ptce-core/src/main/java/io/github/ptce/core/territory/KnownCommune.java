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
 * The value is a commune code that exists in the bundled geography: a current commune, a delegated
 * or associated commune (which stands for its current commune) or a municipal arrondissement of
 * Paris, Lyon or Marseille (which is itself, see {@link Geography#resolve(Perimeter)}); a former
 * code is reported with the commune it merged into. {@code null} is valid.
 *
 * <p>The geography is the one given to the validator as its constraint-validator payload, or {@link
 * Geography#bundled()}; a violation names the code and suggests the closest existing ones.
 */
@Documented
@Constraint(validatedBy = KnownCommune.Validator.class)
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownCommune {
  /**
   * Returns the message key.
   *
   * @return the key of the message in the core message files
   */
  String message() default "{io.github.ptce.core.territory.KnownCommune.message}";

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
  final class Validator implements ConstraintValidator<KnownCommune, CommuneCode> {
    /** Creates the validator; called by Bean Validation. */
    public Validator() {}

    @Override
    public boolean isValid(CommuneCode value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Geography geography = KnownCodes.geography(context);
      switch (geography.status(value)) {
        case UNKNOWN -> {
          String suggestions =
              KnownCodes.communes(geography.suggestCommunes(value, KnownCodes.SUGGESTIONS));
          return KnownCodes.reject(
              context,
              suggestions.isEmpty() ? "commune.unknown" : "commune.unknown.hint",
              Map.of("value", value.toString(), "suggestions", suggestions));
        }
        case FORMER -> {
          String current =
              geography.mergedInto(value).map(c -> c.name() + " (" + c.code() + ")").orElse("?");
          return KnownCodes.reject(
              context, "commune.former", Map.of("value", value.toString(), "current", current));
        }
        default -> {
          return true;
        }
      }
    }
  }
}
