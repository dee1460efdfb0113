package io.github.ptce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an input (a JSON document, a built cluster) is rejected; it carries every violation
 * found, not only the first.
 *
 * <p>No stack trace is recorded: the error is about the data. The one subclass, {@link
 * MissingPropertiesException}, is a builder used without a required property: a programming error,
 * whose stack trace is kept.
 */
public sealed class InvalidInputException extends PtceException permits MissingPropertiesException {
  private static final long serialVersionUID = 1L;

  /** The violations; a list of immutable values. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations what is wrong, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public InvalidInputException(List<Violation> violations) {
    this(violations, false);
  }

  /**
   * Sorts once, so that the summary and {@link #violations()} list the violations in the same
   * order.
   */
  InvalidInputException(List<Violation> violations, boolean writableStackTrace) {
    this(sorted(violations), writableStackTrace, null);
  }

  private InvalidInputException(List<Violation> sorted, boolean writableStackTrace, Void unused) {
    super(summary(sorted), writableStackTrace);
    this.violations = sorted;
  }

  private static List<Violation> sorted(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one violation");
    }
    List<Violation> copy = new ArrayList<>(violations);
    copy.sort(Violation.ORDER);
    return List.copyOf(copy);
  }

  private static String summary(List<Violation> violations) {
    return violations.size()
        + " violation(s): "
        + violations.stream().limit(5).map(Violation::toString).collect(Collectors.joining("; "))
        + (violations.size() > 5 ? "; …" : "");
  }

  /**
   * Returns every violation found, in {@link Violation#ORDER}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations as lines {@code path: message} in the given language.
   *
   * @param locale French or English
   * @return one line per violation
   */
  public List<String> messages(Locale locale) {
    return violations.stream().map(v -> v.path() + ": " + v.message(locale)).toList();
  }
}
