package io.github.ptce.examples.cli;

/**
 * An expected failure of a command: a message already in the user's language and the exit code to
 * return. No stack trace is recorded: the message says everything (the cause's, if any, is printed
 * with {@code --debug}).
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient java.util.List<String> details;

  CliException(int exitCode, String message) {
    this(exitCode, message, java.util.List.of());
  }

  CliException(int exitCode, String message, java.util.List<String> details) {
    this(exitCode, message, details, null);
  }

  /** With the failure that caused it, whose stack trace {@code --debug} prints. */
  CliException(int exitCode, String message, Throwable cause) {
    this(exitCode, message, java.util.List.of(), cause);
  }

  private CliException(
      int exitCode, String message, java.util.List<String> details, Throwable cause) {
    super(message, cause, false, false);
    this.exitCode = exitCode;
    this.details = java.util.List.copyOf(details);
  }

  int exitCode() {
    return exitCode;
  }

  /** Further lines printed under the message (one per violation). */
  java.util.List<String> details() {
    return details;
  }
}
