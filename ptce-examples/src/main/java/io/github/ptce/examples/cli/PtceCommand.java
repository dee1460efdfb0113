package io.github.ptce.examples.cli;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Languages;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ptce} command and the options every subcommand inherits. The subcommands are
 * registered by {@link Cli}, only the one invoked when the arguments name one: building picocli's
 * model of every command costs a cold start about a hundred milliseconds.
 *
 * <p>The usage help of every command, in English and French, is in {@code help.properties} and
 * {@code help_fr.properties} ({@link UsageHelp}); the annotations hold only the structure.
 */
@Command(
    name = "ptce",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true)
public final class PtceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "fr|en",
      converter = Converters.Lang.class)
  Locale lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT)
  boolean debug;

  private final Terminal terminal;

  PtceCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  Terminal terminal() {
    return terminal;
  }

  Locale locale() {
    return lang != null ? lang : Languages.follow(terminal.systemLocale());
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(terminal.err());
    return ExitCodes.USAGE;
  }
}
