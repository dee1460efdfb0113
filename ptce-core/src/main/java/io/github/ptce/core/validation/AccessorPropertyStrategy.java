package io.github.ptce.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see the model's {@code name()}-style accessors as properties. By default
 * it only sees JavaBeans getters ({@code getName()}), and every constraint on an accessor would be
 * skipped without a word.
 */
final class AccessorPropertyStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "builder", "check", "normalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
