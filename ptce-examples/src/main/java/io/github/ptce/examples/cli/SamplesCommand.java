package io.github.ptce.examples.cli;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.samples.Sample;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ptce samples}: the bundled samples, or one of them as JSON. */
@Command(name = "samples", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class SamplesCommand extends BaseCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
  String name;

  @Override
  public Integer call() {
    if (name != null) {
      out().print(new String(sample(name).cluster(), StandardCharsets.UTF_8));
      out().flush();
      return ExitCodes.OK;
    }
    int width = Sample.names().stream().mapToInt(String::length).max().orElse(0);
    for (Sample sample : Sample.values()) {
      String padded = sample.sampleName() + " ".repeat(width - sample.sampleName().length());
      out().println(padded + "  " + text("sample." + sample.sampleName()));
    }
    out().println();
    out().println(text("samples.usage"));
    out().flush();
    return ExitCodes.OK;
  }
}
