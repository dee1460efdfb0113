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
 * The {@code ptce} command and the options every subcommand inherits. The subcommands are registered by
 * {@link Cli}, only the one invoked when the arguments name one: building picocli's model of every command
 * costs a cold start about a hundred milliseconds.
 */
@Command(name = "ptce",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
        "Evaluates French territorial clusters for economic cooperation (PTCE) against the law "
            + "(Art. 9 of loi n° 2014-856, décret n° 2015-431) and the support schemes, and explains why.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  eligible (check), valid (validate), done (other commands)",
        "  1  not eligible, or no scheme applies (check)",
        "  2  undetermined: a fact or an assessment is missing",
        "  3  invalid input: unreadable file, invalid JSON, violations; nothing found (territory); "
            + "a file skipped (batch)",
        "  4  usage error: unknown command or option, bad value, unknown scheme or sample; --out or standard "
            + "output cannot be written",
        "  5  internal error (run again with --debug and report it)",
        "",
        "With several schemes, check returns 1 if any scheme about the cluster is not eligible, else 2 if any "
            + "is undetermined, else 0.",
        "",
        "Example: ptce check --sample tetris --lang fr"})
public final class PtceCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|en", converter = Converters.Lang.class,
      description = "Language of reports and messages: fr or en (default: French for a French system locale, "
          + "else English).")
  Locale lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
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
