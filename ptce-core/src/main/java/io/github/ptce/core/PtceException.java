package io.github.ptce.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of the unchecked exceptions that ptce throws for its own errors.
 *
 * <p>Invalid input is reported as data (see {@link Violation}); an exception of this type means
 * either that a caller asked for something impossible (a programming error) or that input was
 * rejected as a whole, in which case the subclass carries the violations.
 */
public class PtceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message in English.
   *
   * @param message what went wrong, in English
   */
  public PtceException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message in English and its cause.
   *
   * @param message what went wrong, in English
   * @param cause the underlying failure, or null if none is known
   */
  public PtceException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception for an input error, without the cost of a stack trace: the error is about
   * the data, not about the code path that found it.
   *
   * @param message what went wrong, in English
   * @param writableStackTrace whether the stack trace is recorded
   */
  protected PtceException(String message, boolean writableStackTrace) {
    super(message, null, false, writableStackTrace);
  }
}
