package io.github.ptce.examples.cli;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.SireneStockBuilder;
import io.github.ptce.registers.StockPreparation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce registers}: what the registers need once, such as {@code ptce registers prepare DIR}.
 */
@Command(name = "registers", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class RegistersCommand extends BaseCommand {
  /** The least memory DuckDB may build the indexes with. */
  static final int MIN_MEMORY_MIB = 64;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    err().flush();
    return ExitCodes.USAGE;
  }

  /**
   * {@code ptce registers prepare DIR}: the prepared database of a Sirene stock directory, once per
   * extract.
   *
   * @param directory the stock directory
   * @param extractDate the declared date of the extract, or null
   * @param memory DuckDB's memory limit, in MiB
   * @return the exit code
   */
  @Command(name = "prepare", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
  int prepare(
      @Parameters(paramLabel = "DIR") String directory,
      @Option(names = "--extract-date", paramLabel = "DATE", converter = Converters.Date.class)
          LocalDate extractDate,
      @Option(names = "--memory", paramLabel = "MIB", defaultValue = "2048") int memory) {
    if (memory < MIN_MEMORY_MIB) {
      throw new CliException(
          ExitCodes.USAGE,
          text(
              "registers.memory",
              "value",
              Integer.toString(memory),
              "minimum",
              Integer.toString(MIN_MEMORY_MIB)));
    }
    Path path;
    try {
      path = Path.of(directory);
    } catch (InvalidPathException e) {
      throw new CliException(
          ExitCodes.REGISTER, text("error.notFound", "file", Messages.quote(directory)));
    }
    SireneStockBuilder stock = RegisterLookup.sireneStock(path).memoryLimit((long) memory << 20);
    if (extractDate != null) {
      stock.extractDate(extractDate);
    }
    err().println("ptce: " + text("registers.preparing", "directory", path.toString()));
    err().flush();
    long start = System.nanoTime();
    StockPreparation preparation;
    try {
      preparation = stock.prepare();
    } catch (RegisterException e) {
      throw RegisterOptions.failure(e, locale());
    }
    out()
        .println(
            text(
                "registers.prepared",
                "file",
                preparation.database().toString(),
                "units",
                String.format(locale(), "%,d", preparation.units()),
                "establishments",
                String.format(locale(), "%,d", preparation.establishments()),
                "megabytes",
                Long.toString(preparation.bytes() >> 20),
                "seconds",
                Long.toString(Math.round((System.nanoTime() - start) / 1e9)),
                "source",
                preparation.unitSource().citation(locale())));
    out().flush();
    return ExitCodes.OK;
  }
}
