package io.github.ptce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Either a valid value or the complete list of what is wrong with the input that was meant to make
 * it.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {
  private final @Nullable T value;
  private final List<Violation> violations;

  private Validated(@Nullable T value, List<Violation> violations) {
    this.value = value;
    this.violations = violations;
  }

  /**
   * Returns a valid result.
   *
   * @param value the value
   * @param <T> its type
   * @return a result without violations
   */
  public static <T> Validated<T> valid(T value) {
    return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /**
   * Returns an invalid result.
   *
   * @param violations what is wrong, at least one
   * @param <T> the type the input was meant to make
   * @return a result without a value
   * @throws IllegalArgumentException if the list is empty
   */
  public static <T> Validated<T> invalid(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result has at least one violation");
    }
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(Violation.ORDER);
    return new Validated<>(null, List.copyOf(sorted));
  }

  /**
   * Returns whether the input was valid.
   *
   * @return true if there is a value and no violation
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * Returns the value if valid.
   *
   * @return the value, or empty when the input was invalid
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value, or throws with every violation.
   *
   * @return the value
   * @throws InvalidInputException if the input was invalid
   */
  public T orElseThrow() {
    if (value == null) {
      throw new InvalidInputException(violations);
    }
    return value;
  }

  /**
   * Returns what is wrong, in {@link Violation#ORDER}.
   *
   * @return an unmodifiable list, empty when valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Applies a function to a valid value.
   *
   * @param mapper the function
   * @param <R> the type of its result
   * @return the mapped result, or the same violations
   */
  public <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
    return value == null ? new Validated<>(null, violations) : valid(mapper.apply(value));
  }

  @Override
  public String toString() {
    return value != null ? "Valid[" + value + "]" : "Invalid" + violations;
  }
}
