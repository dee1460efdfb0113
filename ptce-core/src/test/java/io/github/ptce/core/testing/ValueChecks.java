package io.github.ptce.core.testing;

import java.util.Objects;

/**
 * Checks of value semantics for property tests: equality, hash code and order agree.
 *
 * <p>Throws {@link AssertionError} with a message naming the values, so that it works under any
 * test framework. Stateless and thread-safe.
 */
public final class ValueChecks {
  private ValueChecks() {}

  /**
   * Checks that two values are equal in both directions with the same hash code, and that neither
   * equals {@code null} or an object of another class.
   *
   * @param value a value
   * @param copy a value that must be equal to it, built independently (parsed again, rebuilt, read
   *     back)
   * @throws AssertionError if the contract is broken
   */
  @SuppressWarnings({
    "SelfEquals",
    "EqualsNull"
  }) // x.equals(x) and x.equals(null) are the contract checked here
  public static void assertEqualValues(Object value, Object copy) {
    check(value.equals(value), "not equal to itself", value, value);
    check(value.equals(copy) && copy.equals(value), "not equal both ways", value, copy);
    check(value.hashCode() == copy.hashCode(), "equal with different hash codes", value, copy);
    check(!value.equals(null), "equal to null", value, null);
    check(!value.equals(new Object()), "equal to an Object", value, null);
    check(
        Objects.equals(value.toString(), copy.toString()),
        "equal with different texts",
        value,
        copy);
  }

  /**
   * Checks that {@code compareTo} agrees with {@code equals} for two values, in both directions.
   *
   * @param a a value
   * @param b another value of the same type
   * @param <T> the type
   * @throws AssertionError if the order and the equality disagree
   */
  public static <T extends Comparable<T>> void assertOrderConsistentWithEquals(T a, T b) {
    int ab = Integer.signum(a.compareTo(b));
    int ba = Integer.signum(b.compareTo(a));
    check(ab == -ba, "compareTo is not antisymmetric", a, b);
    check((ab == 0) == a.equals(b), "compareTo disagrees with equals", a, b);
  }

  private static void check(boolean condition, String what, Object a, Object b) {
    if (!condition) {
      throw new AssertionError(what + ": <" + a + "> and <" + b + ">");
    }
  }
}
