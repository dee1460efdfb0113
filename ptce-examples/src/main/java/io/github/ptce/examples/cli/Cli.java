package io.github.ptce.examples.cli;

import io.github.ptce.examples.EvaluationDates;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Languages;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the {@code ptce} command: parses the arguments, runs the subcommand, and turns every failure
 * into one message in the user's language and an exit code ({@link ExitCodes}). A stack trace is
 * printed only with {@code --debug}.
 */
public final class Cli {
  /** The subcommands, in the order of the help. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  /** The commands that validate and evaluate clusters. */
  private static final List<String> WARM_UP =
      List.of("check", "overview", "validate", "batch", "enrich");

  private Cli() {}

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> map = new LinkedHashMap<>();
    map.put("check", CheckCommand::new);
    map.put("overview", OverviewCommand::new);
    map.put("schemes", SchemesCommand::new);
    map.put("explain", ExplainCommand::new);
    map.put("validate", ValidateCommand::new);
    map.put("territory", TerritoryCommand::new);
    map.put("batch", BatchCommand::new);
    map.put("enrich", EnrichCommand::new);
    map.put("registers", RegistersCommand::new);
    map.put("serve", ServeCommand::new);
    map.put("samples", SamplesCommand::new);
    map.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the subcommand the arguments name, or null when they name none or an unknown one (every
   * subcommand is then registered, for the help and for suggestions), or name {@code help}.
   */
  static String subcommandOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang")) {
        i++;
      } else if (arg.equals("--")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
      }
    }
    return null;
  }

  /**
   * Runs the command.
   *
   * @param terminal the streams, locale and clock
   * @param args the arguments
   * @return the exit code
   */
  public static int run(Terminal terminal, String... args) {
    Services.quietLibraryLogs();
    Locale locale = localeOf(args, terminal);
    boolean debug = List.of(args).contains("--debug");
    String invoked = subcommandOf(args);
    if (invoked != null
        && WARM_UP.contains(invoked)
        && !List.of(args).contains("--help")
        && !List.of(args).contains("-h")) {
      // These commands read, validate and evaluate: the library boots on another core while picocli
      // parses.
      Services.warmUp();
    }
    CommandLine commandLine = commandLine(terminal, invoked, locale);
    commandLine.setOut(terminal.out());
    commandLine.setErr(terminal.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, terminal, locale));
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> failure(e, terminal, languageOf(parseResult, locale), debug));
    int code;
    try {
      code = commandLine.execute(args);
    } catch (VirtualMachineError e) {
      // Out of memory or of stack: picocli lets an Error through, and the JVM would end with its
      // stack trace
      // and exit 1, the code of "not eligible". What the run held is unreachable now, so a message
      // can be made.
      code = fatal(e, terminal, locale, debug);
    } finally {
      terminal.flush();
    }
    if (terminal.outFailed()) {
      PrintWriter err = terminal.err();
      err.println("ptce: " + Messages.get(locale, "error.stdout"));
      err.flush();
      // A report lost on its way must not pass for one that says eligible, not eligible or
      // undetermined; an
      // error already reported keeps its code.
      if (code < ExitCodes.INVALID_INPUT || code == ExitCodes.NONE_APPLIES) {
        code = ExitCodes.USAGE;
      }
    }
    return code;
  }

  /**
   * Builds the command with the subcommand invoked (every subcommand when null) and its usage help
   * in a language.
   */
  static CommandLine commandLine(Terminal terminal, String invoked, Locale locale) {
    CommandLine commandLine = new CommandLine(new PtceCommand(terminal), new Factory(terminal));
    for (Map.Entry<String, Supplier<Object>> subcommand : SUBCOMMANDS.entrySet()) {
      if (invoked == null || invoked.equals(subcommand.getKey())) {
        commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue().get());
      }
    }
    // Once every subcommand is added: picocli gives the bundle to the commands registered so far.
    commandLine.setResourceBundle(UsageHelp.of(locale));
    return commandLine;
  }

  /**
   * The language chosen before parsing, so that a usage error and the usage help are in it (also
   * when {@code --lang} comes after {@code --help}).
   */
  private static Locale localeOf(String[] args, Terminal terminal) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") && i + 1 < args.length) {
        return Languages.parse(args[i + 1]).orElse(Languages.follow(terminal.systemLocale()));
      }
      if (arg.startsWith("--lang=")) {
        return Languages.parse(arg.substring("--lang=".length()))
            .orElse(Languages.follow(terminal.systemLocale()));
      }
    }
    return Languages.follow(terminal.systemLocale());
  }

  private static Locale languageOf(ParseResult parseResult, Locale fallback) {
    Object root = parseResult == null ? null : parseResult.commandSpec().root().userObject();
    return root instanceof PtceCommand command ? command.locale() : fallback;
  }

  private static int usageError(ParameterException e, Terminal terminal, Locale locale) {
    PrintWriter err = terminal.err();
    CommandLine command = e.getCommandLine();
    String message;
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      message =
          Messages.get(
              locale,
              "usage.unknown",
              "arguments",
              Messages.quote(String.join(" ", unmatched.getUnmatched())));
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message +=
            " " + Messages.get(locale, "error.didYouMean", "hint", String.join(", ", suggestions));
      }
    } else if (e instanceof CommandLine.MissingParameterException missing) {
      message = Messages.get(locale, "usage.missing", "names", names(missing.getMissing()));
    } else if (e.getArgSpec() != null && e.getValue() != null) {
      message =
          Messages.get(
              locale,
              "usage.invalidValue",
              "option",
              name(e.getArgSpec()),
              "value",
              Messages.quote(e.getValue()),
              "detail",
              detail(e, locale));
    } else {
      message = Messages.get(locale, "usage.other", "detail", Messages.quote(e.getMessage()));
    }
    err.println("ptce: " + message);
    err.println(
        Messages.get(locale, "usage.seeHelp", "command", command.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.USAGE;
  }

  private static String detail(ParameterException e, Locale locale) {
    ArgSpec spec = e.getArgSpec();
    if (spec instanceof OptionSpec option) {
      String key = "usage.expected." + option.longestName().replace("--", "");
      if (Messages.bundle().contains(key)) {
        // Only usage.expected.as-of has these placeholders: the range of dates, from its one
        // definition.
        return Messages.get(
            locale,
            key,
            "earliest",
            EvaluationDates.EARLIEST.toString(),
            "latest",
            EvaluationDates.LATEST.toString());
      }
    }
    return Messages.quote(e.getMessage());
  }

  private static String names(List<ArgSpec> specs) {
    return String.join(", ", specs.stream().map(Cli::name).toList());
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  /**
   * Reports an {@link OutOfMemoryError}, a {@link StackOverflowError} or another error of the JVM
   * in one line, in the user's language, with what to do; the stack trace only with {@code
   * --debug}.
   *
   * @return {@link ExitCodes#INTERNAL}
   */
  static int fatal(VirtualMachineError e, Terminal terminal, Locale locale, boolean debug) {
    PrintWriter err = terminal.err();
    err.println("ptce: " + fatalMessage(e, locale));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The one-line text of an error of the JVM, without the "ptce: " prefix. */
  static String fatalMessage(VirtualMachineError e, Locale locale) {
    if (e instanceof OutOfMemoryError) {
      return Messages.get(
          locale,
          "error.outOfMemory",
          "max",
          Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }
    if (e instanceof StackOverflowError) {
      return Messages.get(locale, "error.stackOverflow");
    }
    return Messages.get(locale, "error.internal", "detail", Messages.quote(e.getClass().getName()));
  }

  private static int failure(Exception e, Terminal terminal, Locale locale, boolean debug) {
    PrintWriter err = terminal.err();
    terminal.out().flush();
    if (e instanceof CliException expected) {
      err.println("ptce: " + expected.getMessage());
      for (String line : expected.details()) {
        err.println("  " + line);
      }
      if (debug && expected.getCause() != null) {
        expected.getCause().printStackTrace(err);
      }
      err.flush();
      return expected.exitCode();
    }
    err.println(
        "ptce: "
            + Messages.get(
                locale,
                "error.internal",
                "detail",
                Messages.quote(
                    e.getClass().getName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** Gives the subcommands the terminal. */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == PtceCommand.class) {
        return type.cast(new PtceCommand(terminal));
      }
      return fallback.create(type);
    }
  }
}
