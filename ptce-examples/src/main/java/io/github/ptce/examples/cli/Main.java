package io.github.ptce.examples.cli;

/** The entry point of {@code java -jar ptce.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs {@code ptce} and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(Cli.run(Terminal.system(), args));
  }
}
