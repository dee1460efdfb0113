package io.github.ptce.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Perimeter;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * What README.md says of standard Bean Validation, shown: a validator of the default factory (what
 * Spring's {@code @Valid} uses) does not see ptce's constraints, whose accessors are not JavaBeans
 * getters, so an application must validate with {@link ClusterValidator}. If this test fails, the
 * README must change.
 */
class StandardBeanValidationTest {
  private static final Cluster INVALID =
      Cluster.builder()
          .name(" ")
          .perimeter(Perimeter.ofCommunes(CommuneCode.parse("06999")))
          .build();

  @Test
  void theDefaultFactorySeesNoneOfTheViolationsClusterValidatorFinds() {
    // An application's own factory; without an expression language on the class path it needs an
    // interpolator
    // that uses none, as README.md says.
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      Validator standard = factory.getValidator();
      assertEquals(0, standard.validate(INVALID).size());
    }
    assertEquals(
        List.of("$.name constraint.notBlank", "$.perimeter.communes commune.unknown.hint"),
        ClusterValidator.standard().validate(INVALID).stream()
            .map(v -> v.path() + " " + v.code())
            .toList());
  }
}
