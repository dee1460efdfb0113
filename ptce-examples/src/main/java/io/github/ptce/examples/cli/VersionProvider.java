package io.github.ptce.examples.cli;

import io.github.ptce.examples.Services;
import picocli.CommandLine.IVersionProvider;

/** Prints the version of the rules and of the bundled geography. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "ptce " + Services.engine().rulesVersion(),
      "geography " + Services.geography().dataVersion(),
      "Java " + System.getProperty("java.version")
    };
  }
}
