package io.github.ptce.core.territory;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What the {@code Known*} constraints share: the geography to check against, and how they report a
 * code that does not exist (a reason code and arguments, attached as Hibernate Validator's dynamic
 * payload, which {@link io.github.ptce.core.validation.ClusterValidator} turns into a violation).
 */
final class KnownCodes {
  /** How many "did you mean" suggestions a violation names. */
  static final int SUGGESTIONS = 3;

  private KnownCodes() {}

  /**
   * The geography given to the validator as its constraint-validator payload, or the bundled one.
   */
  static Geography geography(ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    Geography geography = hibernate.getConstraintValidatorPayload(Geography.class);
    return geography != null ? geography : Geography.bundled();
  }

  /** Reports a code that does not exist. */
  static boolean reject(
      ConstraintValidatorContext context, String code, Map<String, String> arguments) {
    Map<String, String> payload = new HashMap<>(arguments);
    payload.put("code", code);
    context
        .unwrap(HibernateConstraintValidatorContext.class)
        .withDynamicPayload(Map.copyOf(payload));
    return false;
  }

  static String communes(List<Commune> communes) {
    return communes.stream()
        .map(c -> c.name() + " (" + c.code() + ")")
        .collect(Collectors.joining(", "));
  }

  static String epcis(List<Epci> epcis) {
    return epcis.stream()
        .map(e -> e.name() + " (" + e.code() + ")")
        .collect(Collectors.joining(", "));
  }

  static String departements(List<Departement> departements) {
    return departements.stream()
        .map(d -> d.name() + " (" + d.code() + ")")
        .collect(Collectors.joining(", "));
  }
}
