package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.MessageFiles;
import io.github.ptce.examples.ExitCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help of {@code ptce} and of every subcommand, in English and French: the language is
 * the one of every other message ({@code --lang}, wherever it stands, else the system's locale;
 * English for any language but French), English is the help the tool always printed, and both files
 * have the same keys.
 */
class UsageHelpTest {
  /** Printed by the English help only: none may be left in the French one. */
  private static final List<String> ENGLISH_ONLY =
      List.of(
          "Usage:",
          "Commands:",
          "Show this help message",
          "Print version information",
          "Print the stack trace",
          "Language of reports",
          "default:",
          "Exit codes",
          "Example:",
          "Examples:",
          "Samples (",
          "public facts only",
          "Display help information",
          "instead of",
          "standard input",
          "Assessments");

  /** Printed by the French help only. */
  private static final List<String> FRENCH_ONLY =
      List.of("Utilisation", "Commandes", "Codes de sortie", "par défaut", "Affiche cette aide");

  /** Each help, with the first words of its description in English and in French. */
  private enum Help {
    ROOT(
        null,
        "Evaluates French territorial clusters",
        "Évalue les pôles territoriaux de coopération"),
    CHECK(
        "check",
        "Evaluates a cluster against the schemes",
        "Évalue un pôle au regard des dispositifs"),
    OVERVIEW(
        "overview",
        "Answers \"which schemes can we apply",
        "Répond à la question « à quels dispositifs"),
    SCHEMES(
        "schemes",
        "Lists the schemes the engine knows",
        "Liste les dispositifs que connaît le moteur"),
    EXPLAIN("explain", "Explains a scheme", "Explique un dispositif"),
    VALIDATE("validate", "Reads a cluster document", "Lit un document de pôle"),
    TERRITORY("territory", "Looks up a commune", "Cherche une commune"),
    BATCH("batch", "Evaluates every cluster of a directory", "Évalue chaque pôle d'un répertoire"),
    ENRICH("enrich", "Fills what a cluster does not say", "Complète ce qu'un pôle ne dit pas"),
    REGISTERS(
        "registers", "What the registers need once", "Ce dont les registres ont besoin une fois"),
    REGISTERS_PREPARE(
        "registers prepare",
        "Prepares a directory of Sirene stock files",
        "Prépare un répertoire de fichiers stock Sirene"),
    SERVE("serve", "Runs the HTTP eligibility service", "Lance le service HTTP d'éligibilité"),
    SAMPLES("samples", "Lists the bundled sample clusters", "Liste les pôles d'exemple fournis"),
    HELP(
        "help",
        "Display help information about the specified command.",
        "Affiche l'aide de la commande indiquée.");

    final String command;
    final String english;
    final String french;

    Help(String command, String english, String french) {
      this.command = command;
      this.english = english;
      this.french = french;
    }

    /** The arguments that ask for this help, then the given ones. */
    String[] args(String... more) {
      List<String> args = new ArrayList<>();
      if (command != null) {
        args.addAll(List.of(command.split(" ")));
      }
      args.add("--help");
      args.addAll(List.of(more));
      return args.toArray(String[]::new);
    }

    String synopsis(String heading) {
      return heading + " ptce" + (command == null ? " " : " " + command + " ");
    }

    String golden() {
      return golden("en");
    }

    /** The file of the help in a language, under src/test/resources/…/cli/help/. */
    String file(String language) {
      return (command == null ? "root" : command.replace(' ', '-')) + "." + language + ".txt";
    }

    String golden(String language) {
      String name = "help/" + file(language);
      if (Boolean.getBoolean("ptce.help.update")) {
        // Rewrites the golden file from the help printed now: -Dptce.help.update=true, then review
        // the diff.
        String printed = normalized(help(Run.of(args("--lang", language))).out);
        try {
          java.nio.file.Files.writeString(
              java.nio.file.Path.of("src/test/resources/io/github/ptce/examples/cli", name),
              printed,
              StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new AssertionError(name, e);
        }
        return printed;
      }
      try (InputStream in = UsageHelpTest.class.getResourceAsStream(name)) {
        assertNotNull(in, name);
        return normalized(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new AssertionError(name, e);
      }
    }
  }

  /** Line ends of the platform made {@code \n}. */
  private static String normalized(String text) {
    return text.replace("\r\n", "\n");
  }

  /** The text as a reader sees it: a no-break space is a space. */
  private static String read(String text) {
    return normalized(text).replace('\u00a0', ' ');
  }

  private static Run help(Run run) {
    assertEquals(0, run.code, run::toString);
    assertEquals("", run.err, run::toString);
    return run;
  }

  private static void assertFrench(Help help, Run run) {
    help(run);
    String text = read(run.out);
    assertTrue(text.contains(help.synopsis("Utilisation :")), () -> "French synopsis in\n" + run);
    assertTrue(text.contains(help.french), () -> help.french + " in\n" + run);
    if (help != Help.HELP) {
      assertTrue(text.contains("Codes de sortie :"), run::toString);
    }
    for (String english : ENGLISH_ONLY) {
      assertFalse(
          text.contains(english), () -> "English \"" + english + "\" in the French help\n" + run);
    }
    assertFalse(text.contains(help.english), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // English: the help the tool always printed

  @ParameterizedTest
  @EnumSource(Help.class)
  void theEnglishHelpIsUnchanged(Help help) {
    Run run = help(Run.of(help.args()));
    assertEquals(help.golden(), normalized(run.out));
    String text = read(run.out);
    assertTrue(text.contains(help.synopsis("Usage:")), run::toString);
    assertTrue(text.contains(help.english), run::toString);
    for (String french : FRENCH_ONLY) {
      assertFalse(text.contains(french), () -> french + " in the English help\n" + run);
    }
  }

  @ParameterizedTest
  @EnumSource(Help.class)
  void langEnGivesEnglishOnAFrenchSystem(Help help) {
    assertEquals(
        help.golden(),
        normalized(help(Run.withLocale(Locale.FRANCE, help.args("--lang", "en"))).out));
    assertEquals(
        help.golden(), normalized(help(Run.withLocale(Locale.FRANCE, help.args("--lang=en"))).out));
  }

  @ParameterizedTest
  @EnumSource(Help.class)
  void anotherLanguageThanFrenchGivesEnglish(Help help) {
    assertEquals(help.golden(), normalized(help(Run.withLocale(Locale.GERMANY, help.args())).out));
    assertEquals(help.golden(), normalized(help(Run.withLocale(Locale.CANADA, help.args())).out));
  }

  // ---------------------------------------------------------------------------------------------------
  // French

  @ParameterizedTest
  @EnumSource(Help.class)
  void theFrenchHelpIsItsGoldenFile(Help help) {
    assertEquals(help.golden("fr"), normalized(help(Run.of(help.args("--lang", "fr"))).out));
  }

  @Test
  void theExitCodesAreListedInBothLanguages() {
    // Each code of ExitCodes, with "no scheme applies" (6) apart from "not eligible" (1), in both
    // languages.
    for (String language : List.of("en", "fr")) {
      String root = read(Help.ROOT.golden(language));
      String check = read(Help.CHECK.golden(language));
      for (int code = ExitCodes.OK; code <= ExitCodes.REGISTER; code++) {
        assertTrue(
            root.contains("\n  " + code + "  "), language + ": code " + code + " in\n" + root);
      }
      String none =
          language.equals("en") ? "6  no scheme applies" : "6  aucun dispositif ne s'applique";
      assertTrue(root.contains(none), root);
      assertTrue(
          check.contains(
              language.equals("en") ? "6 no scheme applies" : "6 aucun dispositif ne s'applique"),
          check);
      assertFalse(
          root.contains(language.equals("en") ? "1  not eligible, or" : "1  non éligible, ou"),
          root);
    }
  }

  @ParameterizedTest
  @EnumSource(Help.class)
  void langFrGivesFrenchEvenAfterHelp(Help help) {
    assertFrench(help, Run.of(help.args("--lang", "fr")));
    assertFrench(help, Run.of(help.args("--lang=fr")));
  }

  @ParameterizedTest
  @EnumSource(Help.class)
  void aFrenchSystemGivesFrench(Help help) {
    Run lang = Run.of(help.args("--lang", "fr"));
    for (Locale french : List.of(Locale.FRANCE, Locale.CANADA_FRENCH, Locale.FRENCH)) {
      Run run = Run.withLocale(french, help.args());
      assertFrench(help, run);
      assertEquals(lang.out, run.out, () -> french + ": the same help as --lang fr");
    }
  }

  @Test
  void langBeforeTheCommandGivesFrenchToo() {
    Run first = Run.of("--lang", "fr", "check", "--help");
    assertFrench(Help.CHECK, first);
    assertEquals(Run.of("check", "--help", "--lang", "fr").out, first.out);
  }

  @Test
  void theHelpCommandFollowsTheLanguage() {
    Run check = Run.of("check", "--help", "--lang", "fr");
    assertEquals(check.out, help(Run.of("help", "check", "--lang", "fr")).out);
    assertEquals(check.out, help(Run.withLocale(Locale.FRANCE, "help", "check")).out);
    assertEquals(
        Help.CHECK.golden(),
        normalized(help(Run.withLocale(Locale.FRANCE, "help", "check", "--lang", "en")).out));
  }

  @Test
  void noCommandPrintsTheUsageInTheLanguage() {
    Run french = Run.withLocale(Locale.FRANCE);
    assertEquals(ExitCodes.USAGE, french.code, french::toString);
    assertTrue(read(french.err).contains("Utilisation : ptce"), french::toString);
    assertTrue(read(french.err).contains("Codes de sortie :"), french::toString);
    assertFalse(read(french.err).contains("Exit codes"), french::toString);
  }

  @Test
  void theRootHelpListsEveryCommandInFrench() {
    String text = read(Run.of("--help", "--lang", "fr").out);
    for (Help help : Help.values()) {
      // The root lists its own commands; a command's subcommands are listed by its help.
      if (help.command != null && !help.command.contains(" ")) {
        assertTrue(text.contains("  " + help.command + " "), help.command);
        // The list shows each command's description: its first line is the command's own, in
        // French.
        assertTrue(
            text.contains(help.french.substring(0, Math.min(help.french.length(), 30))),
            help.command);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Help.class)
  void noFrenchLineBeginsWithAPunctuationMark(Help help) {
    for (String line : read(Run.of(help.args("--lang", "fr")).out).split("\n")) {
      String start = line.strip();
      assertFalse(
          start.startsWith(":")
              || start.startsWith(";")
              || start.startsWith("!")
              || start.startsWith("»"),
          () -> "a line that begins with a punctuation mark: " + line);
    }
  }

  @Test
  void frenchSpacesAreNoBreakBeforeDoublePunctuationAndInsideGuillemets() {
    assertEquals(
        "par défaut\u00a0: text\u00a0; «\u00a0des entreprises\u00a0», au pluriel\u00a0?",
        UsageHelp.frenchSpaces("par défaut : text ; « des entreprises », au pluriel ?"));
    assertEquals("Codes de sortie\u00a0:%n", UsageHelp.frenchSpaces("Codes de sortie :%n"));
    // A query parameter is not a question mark.
    assertEquals(
        "rapport\u00a0; ?asOf=aaaa-MM-jj, ?scheme=ID",
        UsageHelp.frenchSpaces("rapport ; ?asOf=aaaa-MM-jj, ?scheme=ID"));
    assertEquals("{\"cluster\": ...}", UsageHelp.frenchSpaces("{\"cluster\": ...}"));
  }

  // ---------------------------------------------------------------------------------------------------
  // The two files

  private static Map<String, String> file(String resource) {
    return MessageFiles.read(UsageHelpTest.class.getClassLoader(), resource);
  }

  private static Map<String, String> english() {
    return file(UsageHelp.BASE + ".properties");
  }

  private static Map<String, String> french() {
    return file(UsageHelp.BASE + "_fr.properties");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  @Test
  void everyKeyIsInBothFiles() {
    Map<String, String> english = english();
    Map<String, String> french = french();
    assertFalse(english.isEmpty());
    Set<String> onlyEnglish = new TreeSet<>(english.keySet());
    onlyEnglish.removeAll(french.keySet());
    Set<String> onlyFrench = new TreeSet<>(french.keySet());
    onlyFrench.removeAll(english.keySet());
    assertEquals(Set.of(), onlyEnglish, "keys of help.properties missing from help_fr.properties");
    assertEquals(Set.of(), onlyFrench, "keys of help_fr.properties missing from help.properties");
  }

  @Test
  void everyFrenchTextIsTranslatedWithTheSameLayout() {
    Map<String, String> english = english();
    french()
        .forEach(
            (key, text) -> {
              String original = english.get(key);
              if (original == null) {
                return; // everyKeyIsInBothFiles names it
              }
              // Only a blank line, an indented example command or an HTTP route may read the same
              // in both languages.
              if (text.equals(original)) {
                assertTrue(
                    text.isEmpty() || text.startsWith(" "),
                    () -> key + " is not translated: " + text);
              }
              assertEquals(
                  original.isEmpty(), text.isEmpty(), key + ": a blank line in both or in neither");
              for (String part : List.of("%n", "${DEFAULT-VALUE}", "--")) {
                assertEquals(count(original, part), count(text, part), key + ": as many " + part);
              }
              assertEquals(
                  original.length() - original.stripLeading().length(),
                  text.length() - text.stripLeading().length(),
                  key + ": the same indentation");
            });
  }

  /** Every command of the tool, built as a run builds it, with every subcommand. */
  private static List<CommandSpec> commands(Locale language) {
    Terminal terminal =
        Terminal.of(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new ByteArrayOutputStream(),
            false,
            Locale.US,
            Run.CLOCK);
    CommandLine root = Cli.commandLine(terminal, null, language);
    List<CommandSpec> specs = new ArrayList<>();
    add(root, specs);
    return specs;
  }

  /** A command, then each of its subcommands with theirs. */
  private static void add(CommandLine command, List<CommandSpec> specs) {
    specs.add(command.getCommandSpec());
    command.getSubcommands().values().forEach(sub -> add(sub, specs));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyCommandOptionAndParameterHasAText(String tag) {
    List<CommandSpec> commands = commands(Locale.forLanguageTag(tag));
    assertEquals(
        Stream.concat(
                Stream.of("ptce"),
                Arrays.stream(Help.values())
                    .filter(h -> h.command != null)
                    .map(h -> "ptce " + h.command))
            .toList(),
        commands.stream().map(CommandSpec::qualifiedName).toList(),
        "every command is tested");
    for (CommandSpec command : commands) {
      String[] description =
          command.usageMessage().description().length > 0
              ? command.usageMessage().description()
              : command.usageMessage().header();
      assertTrue(description.length > 0 && !description[0].isBlank(), command.qualifiedName());
      for (ArgSpec arg : command.args()) {
        String[] text = arg.description();
        assertTrue(
            text.length > 0 && !String.join("", text).isBlank(),
            () -> command.qualifiedName() + " " + name(arg) + " has no help text in " + tag);
      }
    }
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /**
   * The keys picocli looks up for the options and parameters of a command: the description key if
   * the annotation names one, else the option's longest name without dashes or the parameter's
   * LABEL[index]; each prefixed with the command's qualified name, then not.
   */
  private static Set<String> argumentKeys(CommandSpec command) {
    Set<String> keys = new TreeSet<>();
    for (ArgSpec arg : command.args()) {
      String key;
      if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
        key = arg.descriptionKey();
      } else if (arg instanceof OptionSpec option) {
        key = option.longestName().replaceFirst("^-+", "");
      } else {
        PositionalParamSpec parameter = (PositionalParamSpec) arg;
        key = parameter.paramLabel() + "[" + parameter.index() + "]";
      }
      keys.add(command.qualifiedName(".") + "." + key);
      keys.add(key);
    }
    return keys;
  }

  @Test
  void everyKeyIsOneThatPicocliLooksUp() {
    List<CommandSpec> commands = commands(Locale.ENGLISH);
    Set<String> prefixes = new TreeSet<>(List.of(""));
    Set<String> arguments = new TreeSet<>();
    for (CommandSpec command : commands) {
      prefixes.add(command.qualifiedName(".") + ".");
      arguments.addAll(argumentKeys(command));
    }
    for (String key : english().keySet()) {
      int usage = key.indexOf("usage.");
      boolean section = usage >= 0 && prefixes.contains(key.substring(0, usage));
      assertTrue(
          section || arguments.contains(key),
          () ->
              key
                  + " is read by no command: a typo, or the "
                  + "text of an option or a command that no longer exists");
    }
  }
}
