package io.github.ptce.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Conditions on bytecode shared by the architecture tests of the modules (ArchUnit). */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * Returns the condition that a type is used by a class of another package.
   *
   * <p>A public type of an internal package is public only because another package of ptce uses it:
   * the module descriptor exports the package to ptce's own modules alone (module-info.java), so
   * that a user on the module path cannot reach it. A type used in its own package only must be
   * package-private.
   *
   * @return the condition
   */
  public static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
    return new ArchCondition<>("be used from another package") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean used =
            type.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
        events.add(
            new SimpleConditionEvent(
                type,
                used,
                type.getName()
                    + (used
                        ? " is used from another package"
                        : " is public but used in its own package only")));
      }
    };
  }
}
