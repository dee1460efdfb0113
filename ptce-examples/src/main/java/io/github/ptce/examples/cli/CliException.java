package io.github.ptce.examples.cli;

/**
 * An expected failure of a command: a message already in the user's language and the exit code to return.
 * No stack trace is recorded: the message says everything.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient java.util.List<String> details;

  CliException(int exitCode, String message) {
    this(exitCode, message, java.util.List.of());
  }

  CliException(int exitCode, String message, java.util.List<String> details) {
    super(message, null, false, false);
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
