package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.rules.SchemeCatalog.ProviderProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ptce} command, run in-process: every command, its exit codes, languages and errors.
 */
class CliTest {
  private static final String AS_OF = "--as-of=2026-01-15";
  private static final String ART9 = "fr.law.2014-856.art9";
  private static final String DECREE = "fr.decree.2015-431.art3";

  @TempDir Path dir;

  /**
   * No output of the tool ever shows a Java stack trace or an exception class, unless asked with
   * --debug.
   */
  private static void assertNoStackTrace(Run run) {
    for (String text : List.of(run.out, run.err)) {
      assertFalse(text.contains("\tat "), () -> "stack trace in\n" + run);
      assertFalse(text.contains("Exception in thread"), () -> "stack trace in\n" + run);
      assertFalse(text.contains("HV000001"), () -> "Hibernate Validator's log line in\n" + run);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  // ---------------------------------------------------------------------------------------------------
  // Help

  @ParameterizedTest
  @ValueSource(
      strings = {
        "check",
        "overview",
        "schemes",
        "explain",
        "validate",
        "territory",
        "batch",
        "serve",
        "samples"
      })
  void everyCommandHasHelp(String command) {
    Run run = Run.of(command, "--help");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("Usage: ptce " + command), run::toString);
    assertTrue(run.out.contains("--lang"), run::toString);
    assertTrue(run.out.contains("Exit codes"), run::toString);
  }

  @Test
  void rootHelpListsTheCommandsAndExitCodes() {
    Run run = Run.of("--help");
    assertEquals(0, run.code, run::toString);
    for (String command :
        List.of(
            "check",
            "overview",
            "schemes",
            "explain",
            "validate",
            "territory",
            "batch",
            "serve",
            "samples")) {
      assertTrue(run.out.contains("  " + command), () -> command + " in\n" + run);
    }
    assertTrue(run.out.contains("4  usage error"), run::toString);
  }

  @Test
  void checkHelpListsTheSamples() {
    Run run = Run.of("check", "--help");
    for (String sample :
        List.of(
            "tetris",
            "emergence-beauvaisis",
            "pole-sud-archer",
            "pays-de-bray",
            "synthetic-eligible")) {
      assertTrue(run.out.contains(sample), () -> sample + " in\n" + run);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.of();
    assertEquals(ExitCodes.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("Usage: ptce"), run::toString);
  }

  @Test
  void versionNamesTheRulesAndTheGeography() {
    Run run = Run.of("--version");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("ptce "), run::toString);
    assertTrue(run.out.contains("geography "), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // check: exit codes

  @Test
  void theSyntheticSampleIsEligible() {
    Run run =
        Run.of(
            "check", "--sample", "synthetic-eligible", AS_OF, "--scheme", ART9, "--scheme", DECREE);
    assertEquals(ExitCodes.OK, run.code, run::toString);
    assertTrue(run.out.contains("Pôle Lien Commun Métropole"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void withoutItsAssessmentTheSyntheticSampleIsUndetermined() throws IOException {
    Path none = write("none.json", "[]");
    Run run =
        Run.of(
            "check",
            "--sample",
            "synthetic-eligible",
            AS_OF,
            "--scheme",
            ART9,
            "--assessments",
            none.toString());
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
  }

  @Test
  void everySchemeInForceIncludesThoseWhoseCriteriaAreNotPublished() {
    // The support schemes whose criteria are not all published stay undetermined, even for a
    // complete cluster.
    Run run = Run.of("check", "--sample", "synthetic-eligible", AS_OF);
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
  }

  @Test
  void aRealSampleWithUnpublishedFactsIsUndetermined() {
    Run run = Run.of("check", "--sample", "tetris", AS_OF);
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void aClusterAlreadySupportedByTheStateIsNotEligibleToTheDecree() {
    Run run = Run.of("check", "--sample", "pays-de-bray", AS_OF, "--scheme", DECREE);
    assertEquals(ExitCodes.NOT_ELIGIBLE, run.code, run::toString);
  }

  @Test
  void notEligibleWinsOverUndeterminedWhenSeveralSchemesAreChecked() {
    Run run =
        Run.of("check", "--sample", "pays-de-bray", AS_OF, "--scheme", ART9, "--scheme", DECREE);
    assertEquals(ExitCodes.NOT_ELIGIBLE, run.code, run::toString);
  }

  @Test
  void noSchemeThatAppliesHasItsOwnExitCode() {
    // Before loi n° 2014-856 no scheme is in force: the cluster is eligible to nothing, which is
    // not "not eligible".
    // (The sample's assessment, made in 2025, was not known in 2010: tetris has none.)
    Run before = Run.of("check", "--sample", "tetris", "--as-of", "2010-01-01");
    assertEquals(ExitCodes.NONE_APPLIES, before.code, before::toString);
    Run one = Run.of("check", "--sample", "tetris", "--as-of", "2010-01-01", "--scheme", ART9);
    assertEquals(ExitCodes.NONE_APPLIES, one.code, one::toString);
    assertEquals(6, ExitCodes.NONE_APPLIES);
    Run after = Run.of("check", "--sample", "synthetic-eligible", AS_OF, "--scheme", ART9);
    assertEquals(ExitCodes.OK, after.code, after::toString);
  }

  @Test
  void aSchemeEvaluatedPerMemberCombinesTheMembers() {
    // The Métropole is no SSE enterprise: Art. 1 is not met for it.
    Run run =
        Run.of(
            "check", "--sample", "synthetic-eligible", AS_OF, "--scheme", "fr.law.2014-856.art1");
    assertEquals(ExitCodes.NOT_ELIGIBLE, run.code, run::toString);
  }

  @Test
  void checkWritesJson() {
    Run run =
        Run.of(
            "check", "--sample", "synthetic-eligible", AS_OF, "--format", "json", "--scheme", ART9);
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("{"), run::toString);
    assertTrue(run.out.contains("\"ptce-report/1\""), run::toString);
    assertTrue(run.out.contains("\"2026-01-15\""), run::toString);
  }

  @Test
  void theJsonReportIsTheSameOnEveryRun() {
    String first = Run.of("check", "--sample", "tetris", AS_OF, "--format", "json").out;
    String second = Run.of("check", "--sample", "tetris", AS_OF, "--format", "json").out;
    assertEquals(first, second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "md", "html", "json"})
  void checkWritesEveryFormatToAFile(String format) throws IOException {
    Path out = dir.resolve("sub/report." + format);
    Run run =
        Run.of(
            "check",
            "--sample",
            "emergence-beauvaisis",
            AS_OF,
            "--format",
            format,
            "--out",
            out.toString());
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
    assertEquals("", run.out);
    assertTrue(Files.readString(out).contains("Emergence Beauvaisis"));
  }

  @Test
  void theDefaultDateIsTodayInFrance() {
    Run run = Run.of("check", "--sample", "tetris", "--format", "json");
    assertTrue(run.out.contains("\"2026-01-15\""), run::toString);
  }

  @Test
  void checkReadsAFileAndStandardInput() throws IOException {
    String json =
        new String(
            io.github.ptce.examples.samples.Sample.SYNTHETIC_ELIGIBLE.cluster(),
            StandardCharsets.UTF_8);
    Path file = write("cluster.json", json);
    Run fromFile = Run.of("check", file.toString(), AS_OF, "--scheme", ART9);
    assertEquals(ExitCodes.UNDETERMINED, fromFile.code, fromFile::toString);
    Run fromStdin = Run.withInput(json, "check", "-", AS_OF, "--scheme", ART9);
    assertEquals(ExitCodes.UNDETERMINED, fromStdin.code, fromStdin::toString);
  }

  @Test
  void aRequestCarriesItsAssessments() throws IOException {
    String cluster =
        new String(
            io.github.ptce.examples.samples.Sample.SYNTHETIC_ELIGIBLE.cluster(),
            StandardCharsets.UTF_8);
    String assessments =
        new String(
            io.github.ptce.examples.samples.Sample.SYNTHETIC_ELIGIBLE.assessments().orElseThrow(),
            StandardCharsets.UTF_8);
    Path file =
        write(
            "request.json", "{\"cluster\": " + cluster + ", \"assessments\": " + assessments + "}");
    Run run = Run.of("check", file.toString(), AS_OF, "--scheme", ART9);
    assertEquals(ExitCodes.OK, run.code, run::toString);
    Path separate = write("assessments.json", assessments);
    Path bare = write("bare.json", cluster);
    Run withOption =
        Run.of(
            "check",
            bare.toString(),
            AS_OF,
            "--scheme",
            ART9,
            "--assessments",
            separate.toString());
    assertEquals(ExitCodes.OK, withOption.code, withOption::toString);
  }

  @Test
  void strictReadingNeedsTwoSseEnterprises() {
    Run run =
        Run.of("check", "--sample", "synthetic-eligible", AS_OF, "--scheme", ART9, "--strict");
    assertEquals(ExitCodes.OK, run.code, run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // check: errors

  @Test
  void anInvalidClusterListsEveryViolationWithoutStackTrace() throws IOException {
    Path file =
        write(
            "bad.json",
            "{\"name\": \"\", \"members\": [{\"stakeholder\": {\"id\": \"a\", \"name\": \"A\","
                + " \"kind\": \"ENTERPRISE\", \"siren\": \"123456789\"}}], \"stage\": \"SOON\"}");
    Run run = Run.of("check", file.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(run.err.contains("bad.json is not valid"), run::toString);
    assertTrue(run.err.contains("$.members[0].stakeholder.siren"), run::toString);
    assertTrue(run.err.contains("[siren.checksum]"), run::toString);
    assertTrue(run.err.contains("$.stage"), run::toString);
    assertEquals("", run.out);
    assertNoStackTrace(run);
  }

  @Test
  void syntaxErrorsAreInvalidInput() throws IOException {
    Path file = write("broken.json", "{\"name\": \"x\",");
    Run run = Run.of("check", file.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(
        run.err.contains("[json.syntax]") || run.err.contains("[json.truncated]"), run::toString);
    assertNoStackTrace(run);
  }

  @Test
  void aBadAssessmentIsInvalidInput() throws IOException {
    Path file =
        write(
            "a.json",
            "[{\"criterionId\": \"fr.law.2014-856.art9.i.same-territory\", \"outcome\": \"MET\","
                + " \"assessor\": \"me\", \"date\": \"2025-01-01\"}, {\"outcome\": \"MAYBE\"}]");
    Run run = Run.of("check", "--sample", "tetris", AS_OF, "--assessments", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(run.err.contains("$[1].outcome"), run::toString);
    assertTrue(run.err.contains("$[1].criterionId"), run::toString);
    Path automated =
        write(
            "b.json",
            "[{\"criterionId\": \"fr.law.2014-856.art9.i.same-territory\","
                + " \"outcome\": \"MET\", \"assessor\": \"me\", \"date\": \"2025-01-01\"}]");
    Run rejected =
        Run.of("check", "--sample", "tetris", AS_OF, "--assessments", automated.toString());
    assertEquals(ExitCodes.INVALID_INPUT, rejected.code, rejected::toString);
    assertTrue(rejected.err.contains("assessment.automatedCriterion"), rejected::toString);
    assertNoStackTrace(rejected);
    // Issue 13, item 8: an assessment dated after the evaluation date was taken silently; it is
    // refused.
    Path later =
        write(
            "c.json",
            "[{\"criterionId\": \"fr.law.2014-856.art9.i.sustainable-local-development\","
                + " \"outcome\": \"MET\", \"assessor\": \"me\", \"date\": \"2026-01-16\"}]");
    Run tooLate = Run.of("check", "--sample", "tetris", AS_OF, "--assessments", later.toString());
    assertEquals(ExitCodes.INVALID_INPUT, tooLate.code, tooLate::toString);
    assertTrue(
        tooLate.err.contains("assessments[0].date")
            && tooLate.err.contains("assessment.afterEvaluationDate"),
        tooLate::toString);
    assertNoStackTrace(tooLate);
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run run = Run.of("check", dir.resolve("nowhere.json").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(run.err.contains("No file"), run::toString);
    assertNoStackTrace(run);
    Run directory = Run.of("validate", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, directory.code, directory::toString);
  }

  @Test
  void anOutThatIsADirectoryIsAUsageErrorInPlainWords() {
    String shown = Messages.quote(dir.toString());
    Run en = Run.of("check", "--sample", "tetris", AS_OF, "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, en.code, en::toString);
    assertEquals(
        List.of("ptce: Cannot write " + shown + ": it is a directory."), en.err.lines().toList());
    assertEquals("", en.out);
    Run fr =
        Run.of("overview", "--sample", "tetris", AS_OF, "--out", dir.toString(), "--lang", "fr");
    assertEquals(ExitCodes.USAGE, fr.code, fr::toString);
    assertEquals(
        List.of("ptce: Impossible d'écrire " + shown + " : c'est un répertoire."),
        fr.err.lines().toList());
  }

  @Test
  void anOutUnderAFileIsAUsageErrorInPlainWords() throws IOException {
    Path out = write("plain.txt", "x").resolve("report.txt");
    Run run = Run.of("check", "--sample", "tetris", AS_OF, "--out", out.toString());
    assertEquals(ExitCodes.USAGE, run.code, run::toString);
    assertEquals(
        List.of(
            "ptce: Cannot write "
                + Messages.quote(out.toString())
                + ": a folder on its path is a file."),
        run.err.lines().toList());
  }

  @Test
  void aHugeExponentInAssessmentsIsAViolationWithItsPath() throws IOException {
    Path assessments = dir.resolve("assessments.json");
    Files.writeString(
        assessments,
        "[{\"criterionId\": \"x\", \"outcome\": \"MET\", \"assessor\": \"A\", "
            + "\"date\": \"2025-01-01\", \"note\": 1e2147483648}]");
    Run run = Run.of("check", "--sample", "tetris", AS_OF, "--assessments", assessments.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(
        run.err.contains("$[0].note: The number 1e2147483648 (line 1, column"), run::toString);
    assertTrue(run.err.contains("[json.numberRange]"), run::toString);
  }

  @Test
  void anOutWithDotDotUnderMissingFoldersIsWritten() throws IOException {
    Path out = dir.resolve("a/x/../y/report.txt");
    Run run = Run.of("check", "--sample", "tetris", AS_OF, "--out", out.toString());
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
    assertTrue(Files.isRegularFile(dir.resolve("a/y/report.txt")), run::toString);
    assertFalse(Files.exists(dir.resolve("a/x")), "a/x is not needed to reach a/y");
  }

  @Test
  void outCreatesMissingParentDirectories() throws IOException {
    Path out = dir.resolve("a/b/c/report.md");
    Run run =
        Run.of("check", "--sample", "tetris", AS_OF, "--format", "md", "--out", out.toString());
    assertEquals(ExitCodes.UNDETERMINED, run.code, run::toString);
    assertTrue(Files.readString(out).contains("SCIC TETRIS"));
    assertTrue(Run.of("check", "--help").out.contains("missing parent directories are created"));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void anOutThatFillsUpIsAUsageErrorInPlainWords() {
    // /dev/full opens, then refuses every byte: the failure comes from inside the renderer, in the
    // middle of the
    // report (an UncheckedIOException), not from opening the file.
    for (String format : List.of("text", "json")) {
      Run en =
          Run.of("check", "--sample", "tetris", AS_OF, "--format", format, "--out", "/dev/full");
      assertEquals(ExitCodes.USAGE, en.code, en::toString);
      assertEquals(
          List.of("ptce: Cannot write /dev/full: no space left on the device."),
          en.err.lines().toList());
    }
    Run fr = Run.of("overview", "--sample", "tetris", AS_OF, "--out", "/dev/full", "--lang", "fr");
    assertEquals(ExitCodes.USAGE, fr.code, fr::toString);
    assertEquals(
        List.of("ptce: Impossible d'écrire /dev/full : plus d'espace libre sur le périphérique."),
        fr.err.lines().toList());
    Run debug = Run.of("check", "--sample", "tetris", AS_OF, "--out", "/dev/full", "--debug");
    assertEquals(ExitCodes.USAGE, debug.code, debug::toString);
    assertTrue(
        debug.err.contains("\tat "), "--debug prints the stack trace of the cause\n" + debug);
  }

  @Test
  void aWriteFailingInTheMiddleOfTheReportIsAUsageErrorInPlainWords() {
    // What the renderers throw when the disk fills up, as /dev/full shows on Linux.
    CheckCommand command = new CheckCommand();
    command.root =
        new PtceCommand(
            Terminal.of(
                InputStream.nullInputStream(),
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(),
                false,
                Locale.FRANCE,
                Run.CLOCK));
    String out = dir.resolve("report.txt").toString();
    CliException e =
        assertThrows(
            CliException.class,
            () ->
                command.output(
                    out,
                    writer -> {
                      throw new UncheckedIOException(new IOException("No space left on device"));
                    }));
    assertEquals(ExitCodes.USAGE, e.exitCode());
    assertEquals(
        "Impossible d'écrire "
            + Messages.quote(out)
            + " : plus d'espace libre sur le périphérique.",
        e.getMessage());
  }

  @Test
  void reasonsAreSaidInPlainWordsNeverWithAClassName() {
    CheckCommand command = new CheckCommand();
    command.root =
        new PtceCommand(
            Terminal.of(
                InputStream.nullInputStream(),
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream(),
                false,
                Locale.US,
                Run.CLOCK));
    assertEquals("permission denied", command.reason(new AccessDeniedException("/x")));
    assertEquals("not found", command.reason(new NoSuchFileException("/x")));
    assertEquals(
        "it is a directory", command.reason(new FileSystemException("/x", null, "Is a directory")));
    assertEquals(
        "no space left on the device", command.reason(new IOException("No space left on device")));
    assertEquals("permission denied", command.reason(new IOException("Operation not permitted")));
    assertEquals(
        "the file system is read-only",
        command.reason(new FileSystemException("/x", null, "Read-only file system")));
    assertEquals(
        "input/output error",
        command.reason(new UncheckedIOException(new IOException("Input/output error"))));
    // Anything else: the system's own words, as a last resort.
    assertEquals(
        "Stale file handle",
        command.reason(new FileSystemException("/x", null, "Stale file handle")));
    assertEquals("unknown error", command.reason(new IOException()));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aReportLostOnStandardOutputIsAnError(boolean printStream) {
    Run run = Run.withFullOut(printStream, "check", "--sample", "tetris", AS_OF);
    assertEquals(ExitCodes.USAGE, run.code, "not the outcome's 2: the report was lost\n" + run);
    assertEquals(
        List.of(
            "ptce: Could not write to standard output (full disk or closed pipe?): the output is "
                + "incomplete."),
        run.err.lines().toList());
    Run fr = Run.withFullOut(printStream, "schemes", "--lang", "fr");
    assertEquals(ExitCodes.USAGE, fr.code, fr::toString);
    assertEquals(
        List.of(
            "ptce: Impossible d'écrire sur la sortie standard (disque plein ou tube fermé ?) : la sortie "
                + "est incomplète."),
        fr.err.lines().toList());
  }

  @Test
  void anErrorKeepsItsCodeWhenStandardOutputIsLostToo() throws IOException {
    Path file = write("bad.json", "{\"name\": \"\"}");
    Run run = Run.withFullOut(true, "validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(run.err.contains("ptce: Could not write to standard output"), run::toString);
  }

  @Test
  void usageErrors() {
    List<List<String>> cases =
        List.of(
            List.of("check", "--sample", "tetris", "--bogus"),
            List.of("check", "--sample", "tetris", "--as-of", "15/01/2026"),
            List.of("check", "--sample", "tetris", "--format", "pdf"),
            List.of("check", "--sample", "tetris", "--scheme", "fr.law.2014-856.art99"),
            List.of("check", "--sample", "nowhere"),
            List.of("check"),
            List.of("check", "x.json", "--sample", "tetris"),
            List.of("check", "--sample", "tetris", "--lang", "de"),
            List.of("explain"),
            List.of("explain", "no.such.scheme"),
            List.of("schemes", "--region", "99"),
            List.of("frobnicate"));
    for (List<String> args : cases) {
      Run run = Run.of(args.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE, run.code, () -> args + "\n" + run);
      assertTrue(run.err.startsWith("ptce: "), () -> args + "\n" + run);
      assertNoStackTrace(run);
    }
  }

  @Test
  void usageErrorsSayWhatIsExpected() {
    Run date = Run.of("check", "--sample", "tetris", "--as-of", "15/01/2026");
    assertTrue(date.err.contains("expected a date yyyy-MM-dd"), date::toString);
    assertTrue(date.err.contains("See: ptce check --help"), date::toString);
    Run scheme = Run.of("check", "--sample", "tetris", "--scheme", "fr.law.2014-856.art99");
    assertTrue(scheme.err.contains("did you mean fr.law.2014-856.art9"), scheme::toString);
    Run sample = Run.of("check", "--sample", "tetriss");
    assertTrue(sample.err.contains("Did you mean tetris?"), sample::toString);
  }

  /** Every command that takes --as-of, with what else it needs. */
  private List<List<String>> commandsWithAsOf() {
    return List.of(
        List.of("check", "--sample", "tetris"),
        List.of("overview", "--sample", "tetris"),
        List.of("schemes"),
        List.of("explain", ART9),
        List.of("batch", dir.toString(), "--out", dir.resolve("reports").toString()));
  }

  @Test
  void aDateTheServiceRefusesIsAUsageErrorForEveryCommand() {
    for (List<String> command : commandsWithAsOf()) {
      for (String date : List.of("1800-01-01", "1899-12-31", "2100-01-01")) {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("--as-of", date));
        Run en = Run.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, en.code, () -> args + "\n" + en);
        assertTrue(
            en.err.startsWith(
                "ptce: Invalid value \""
                    + date
                    + "\" for --as-of: expected a date yyyy-MM-dd "
                    + "between 1900-01-01 and 2099-12-31."),
            () -> args + "\n" + en);
        assertEquals("", en.out);
        args.addAll(List.of("--lang", "fr"));
        Run fr = Run.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, fr.code, () -> args + "\n" + fr);
        assertTrue(
            fr.err.contains("une date aaaa-MM-jj entre 1900-01-01 et 2099-12-31 est attendue"),
            () -> args + "\n" + fr);
      }
    }
  }

  @Test
  void theFirstAndLastDaysOfTheRangeAreAccepted() {
    // No scheme is in force in 1900: eligible to nothing, exit 6. The law of 2014 is still in force
    // in 2099.
    Run first = Run.of("check", "--sample", "tetris", "--as-of", "1900-01-01");
    assertEquals(ExitCodes.NONE_APPLIES, first.code, first::toString);
    Run last = Run.of("check", "--sample", "tetris", "--as-of", "2099-12-31");
    assertEquals(ExitCodes.UNDETERMINED, last.code, last::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // Languages

  @Test
  void langChoosesTheLanguageOfErrors() {
    Run fr = Run.of("check", "--sample", "tetris", "--as-of", "demain", "--lang", "fr");
    assertEquals(ExitCodes.USAGE, fr.code, fr::toString);
    assertTrue(
        fr.err.contains("une date aaaa-MM-jj entre 1900-01-01 et 2099-12-31 est attendue"),
        fr::toString);
    assertTrue(fr.err.contains("Voir : ptce check --help"), fr::toString);
    Run en = Run.of("check", "--sample", "nowhere", "--lang", "en");
    assertTrue(en.err.contains("No sample is named"), en::toString);
  }

  @Test
  void theDefaultLanguageFollowsTheSystemLocale() throws IOException {
    Path file = write("bad.json", "{\"name\": \"\"}");
    Run french = Run.withLocale(Locale.FRANCE, "validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, french.code, french::toString);
    assertTrue(french.out.contains("n'est pas valide"), french::toString);
    Run german = Run.withLocale(Locale.GERMANY, "validate", file.toString());
    assertTrue(german.out.contains("is not valid"), german::toString);
    Run overridden = Run.withLocale(Locale.FRANCE, "validate", file.toString(), "--lang", "en");
    assertTrue(overridden.out.contains("is not valid"), overridden::toString);
  }

  @Test
  void theReportFollowsTheLanguage() {
    Run fr = Run.of("check", "--sample", "tetris", AS_OF, "--lang", "fr");
    Run en = Run.of("check", "--sample", "tetris", AS_OF, "--lang", "en");
    assertFalse(fr.out.equals(en.out));
    assertTrue(Run.of("--lang", "fr", "check", "--sample", "tetris", AS_OF).out.equals(fr.out));
  }

  // ---------------------------------------------------------------------------------------------------
  // overview, schemes, explain

  @Test
  void overviewOfASample() {
    Run run = Run.of("overview", "--sample", "pays-de-bray", AS_OF);
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("Pays de Bray"), run::toString);
    Run json = Run.of("overview", "--sample", "pays-de-bray", AS_OF, "--format", "json");
    assertTrue(json.out.contains("\"ptce-overview/1\""), json::toString);
  }

  @Test
  void schemesListsTheCatalogue() {
    Run run = Run.of("schemes");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains(ART9), run::toString);
    assertTrue(run.out.contains(DECREE), run::toString);
    Run before = Run.of("schemes", "--as-of", "2010-01-01");
    assertFalse(before.out.contains(ART9), before::toString);
    Run region = Run.of("schemes", "--region", "32", AS_OF);
    assertTrue(region.out.contains(ART9), region::toString);
    Run json = Run.of("schemes", "--format", "json");
    assertTrue(json.out.contains("\"ptce-schemes/1\""), json::toString);
    assertEquals("", run.err + json.err, "every provider is loaded: no warning");
  }

  @Test
  void schemesWarnsOfAProviderLeftOutOfTheCatalogue() {
    List<ProviderProblem> problems =
        List.of(
            new ProviderProblem(
                "org.example.Broken",
                ProviderProblem.Reason.FAILED,
                "java.lang.IllegalStateException: no schemes today",
                Optional.empty()));
    assertEquals(
        List.of(
            "ptce: Warning: the scheme provider org.example.Broken is left out of the catalogue "
                + "(FAILED): java.lang.IllegalStateException: no schemes today"),
        SchemesCommand.warnings(problems, Locale.ENGLISH));
    assertEquals(
        List.of(
            "ptce: Attention : le fournisseur de dispositifs org.example.Broken est laissé hors du "
                + "catalogue (FAILED) : java.lang.IllegalStateException: no schemes today"),
        SchemesCommand.warnings(problems, Locale.FRENCH));
    assertEquals(List.of(), SchemesCommand.warnings(List.of(), Locale.ENGLISH));
  }

  @Test
  void explainShowsTheCriteriaAndTheirTexts() {
    Run run = Run.of("explain", ART9, AS_OF);
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("fr.law.2014-856.art9.i.sse-enterprises"), run::toString);
    assertTrue(run.out.contains("legifrance.gouv.fr"), run::toString);
    assertTrue(run.out.contains("decided by a person's assessment"), run::toString);
    assertTrue(run.out.contains("Source: Légifrance, 2014-07-31, primary source"), run::toString);
    assertTrue(
        run.out.contains("Kind: legal definition, issued by: law, evaluated for: the cluster"),
        run::toString);
    Run fr = Run.of("explain", ART9, AS_OF, "--lang", "fr");
    assertTrue(fr.out.contains("Critères :"), fr::toString);
  }

  @Test
  void explainSaysTheGeographyDecidesARegionalTerritory() {
    // Issue 13, item 6: the territory criterion was said to be "decided from a declaration".
    Run run = Run.of("explain", "fr.region.hauts-de-france.cote", AS_OF);
    assertEquals(0, run.code, run::toString);
    assertTrue(
        run.out.contains(
            "fr.region.hauts-de-france.cote.territory  [decided automatically, from the data, an "
                + "assessment answers what the data leave unknown]"),
        run::toString);
    assertFalse(run.out.contains("cote.territory  [decided from a declaration"), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // validate, territory, samples

  @Test
  void validate() throws IOException {
    Run good = Run.of("validate", "--sample", "tetris");
    assertEquals(0, good.code, good::toString);
    assertTrue(good.out.contains("is valid"), good::toString);
    Path bad =
        write(
            "bad.json",
            "{\"name\": \"PTCE\", \"perimeter\": {\"communes\": [\"99999\"]}, \"descripton\": 1}");
    Run invalid = Run.of("validate", bad.toString());
    assertEquals(ExitCodes.INVALID_INPUT, invalid.code, invalid::toString);
    assertTrue(invalid.out.contains("$.descripton"), invalid::toString);
    Run json = Run.of("validate", bad.toString(), "--format", "json");
    assertEquals(ExitCodes.INVALID_INPUT, json.code, json::toString);
    assertTrue(json.out.contains("\"valid\": false"), json::toString);
    assertTrue(json.out.contains("\"path\": \"$.descripton\""), json::toString);
    assertNoStackTrace(invalid);
  }

  @Test
  void territoryByCodeAndName() {
    Run commune = Run.of("territory", "06069");
    assertEquals(0, commune.code, commune::toString);
    assertTrue(commune.out.contains("Grasse (06069)"), commune::toString);
    assertTrue(commune.out.contains("CA du Pays de Grasse (200039857)"), commune::toString);
    assertTrue(commune.out.contains("Provence-Alpes-Côte d'Azur (93)"), commune::toString);
    Run epci = Run.of("territory", "200067999");
    assertTrue(epci.out.contains("CA du Beauvaisis"), epci::toString);
    Run byName = Run.of("territory", "romans", "sur", "isere");
    assertTrue(byName.out.contains("Romans-sur-Isère (26281)"), byName::toString);
    assertTrue(byName.out.contains("CA Valence Romans Agglo (200068781)"), byName::toString);
    Run departement = Run.of("territory", "60");
    assertTrue(departement.out.contains("Oise (60)"), departement::toString);
    Run json = Run.of("territory", "06069", "--format", "json");
    assertTrue(json.out.contains("\"epci\": \"200039857\""), json::toString);
    Run fr = Run.of("territory", "pays de grasse", "--lang", "fr");
    assertTrue(fr.out.contains("Communauté d'agglomération"), fr::toString);
    Run none = Run.of("territory", "zzqqxx");
    assertEquals(ExitCodes.INVALID_INPUT, none.code, none::toString);
    assertTrue(none.out.contains("Nothing found"), none::toString);
  }

  @Test
  void samplesAreListedAndPrinted() {
    Run list = Run.of("samples");
    assertEquals(0, list.code, list::toString);
    assertTrue(list.out.contains("synthetic-eligible"), list::toString);
    Run one = Run.of("samples", "tetris");
    assertTrue(one.out.contains("\"ptce-cluster/2\""), one::toString);
    Run unknown = Run.of("samples", "../pom.xml");
    assertEquals(ExitCodes.USAGE, unknown.code, unknown::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // batch

  @Test
  void batchSkipsABadFileAndGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(
        in.resolve("a-tetris.json"), io.github.ptce.examples.samples.Sample.TETRIS.cluster());
    Files.writeString(in.resolve("b-broken.json"), "{\"name\": ");
    Files.write(
        in.resolve("c-synthetic.json"),
        io.github.ptce.examples.samples.Sample.SYNTHETIC_ELIGIBLE.cluster());
    Files.writeString(in.resolve("ignored.txt"), "not a cluster");
    Path out = dir.resolve("out");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF, "--scheme", ART9);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(Files.exists(out.resolve("a-tetris.json")), run::toString);
    assertTrue(Files.exists(out.resolve("c-synthetic.json")), run::toString);
    assertFalse(Files.exists(out.resolve("b-broken.json")), run::toString);
    assertTrue(run.err.contains("b-broken.json skipped"), run::toString);
    assertTrue(run.out.contains("a-tetris"), run::toString);
    assertTrue(run.out.contains("UNDETERMINED"), run::toString);
    assertTrue(run.out.contains("SKIPPED"), run::toString);
    assertTrue(
        run.out.contains(
            "3 cluster(s): 0 eligible, 0 not eligible, 2 undetermined, 0 with no scheme that "
                + "applies, 0 kept from an earlier run, 1 skipped"),
        run::toString);
    assertFalse(run.out.contains("\r"), "no progress bar when the output is not a terminal");
    assertNoStackTrace(run);
  }

  @Test
  void batchReadsJsonLinesAndDrawsAProgressBarOnATerminal() throws IOException {
    String tetris =
        new String(io.github.ptce.examples.samples.Sample.TETRIS.cluster(), StandardCharsets.UTF_8)
            .replace("\n", "");
    Path lines = write("clusters.ndjson", tetris + "\n\n[1, 2]\n" + tetris + "\n");
    Path out = dir.resolve("reports");
    Run run =
        Run.interactive(
            "batch", lines.toString(), "--out", out.toString(), AS_OF, "--format", "md");
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(Files.exists(out.resolve("clusters-1.md")), run::toString);
    assertTrue(Files.exists(out.resolve("clusters-4.md")), run::toString);
    assertTrue(run.err.contains("clusters.ndjson:3 skipped"), run::toString);
    assertTrue(run.out.contains("\r["), run::toString);
    Run clean =
        Run.of(
            "batch", dir.resolve("reports").toString(), "--out", dir.resolve("reports").toString());
    assertEquals(ExitCodes.USAGE, clean.code, clean::toString);
  }

  @Test
  void batchWithEveryFileGoodExitsZero() throws IOException {
    Path in = Files.createDirectories(dir.resolve("good"));
    Files.write(
        in.resolve("synthetic.json"),
        io.github.ptce.examples.samples.Sample.SYNTHETIC_ELIGIBLE.cluster());
    Run run =
        Run.of("batch", in.toString(), "--out", dir.resolve("o").toString(), AS_OF, "--lang", "fr");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("1 pôle(s)"), run::toString);
  }

  // ---------------------------------------------------------------------------------------------------
  // serve and internal errors

  @Test
  void serveRunsUntilStopped() {
    java.util.concurrent.atomic.AtomicReference<String> health =
        new java.util.concurrent.atomic.AtomicReference<>();
    Run run =
        Run.serving(
            service -> {
              try {
                java.net.http.HttpResponse<String> response =
                    java.net.http.HttpClient.newHttpClient()
                        .send(
                            java.net.http.HttpRequest.newBuilder(service.uri().resolve("/healthz"))
                                .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                health.set(response.statusCode() + " " + response.body());
              } catch (IOException | InterruptedException e) {
                health.set(e.toString());
              } finally {
                service.stop(java.time.Duration.ZERO);
              }
            },
            "serve",
            "--port",
            "0",
            "--threads",
            "2");
    assertEquals(0, run.code, run::toString);
    assertTrue(health.get().startsWith("200"), health::get);
    assertTrue(run.out.contains("http://127.0.0.1:"), run::toString);
  }

  @Test
  void serveRejectsBadOptions() {
    Run run = Run.of("serve", "--port", "70000");
    assertEquals(ExitCodes.USAGE, run.code, run::toString);
    Run threads = Run.of("serve", "--threads", "many");
    assertEquals(ExitCodes.USAGE, threads.code, threads::toString);
    for (String option : List.of("--max-body", "--read-timeout", "--write-timeout", "--queue")) {
      Run negative = Run.of("serve", option, "-1");
      assertEquals(ExitCodes.USAGE, negative.code, negative::toString);
      assertTrue(negative.err.startsWith("ptce: "), negative::toString);
    }
  }

  @Test
  void anInternalErrorIsOneLineUnlessDebug() {
    Run run =
        Run.serving(
            service -> {
              service.stop(java.time.Duration.ZERO);
              throw new IllegalStateException("boom");
            },
            "serve",
            "--port",
            "0");
    assertEquals(ExitCodes.INTERNAL, run.code, run::toString);
    assertTrue(
        run.err.contains("ptce: Internal error (java.lang.IllegalStateException: boom)"),
        run::toString);
    assertNoStackTrace(run);
    Run debug =
        Run.serving(
            service -> {
              service.stop(java.time.Duration.ZERO);
              throw new IllegalStateException("boom");
            },
            "serve",
            "--port",
            "0",
            "--debug");
    assertEquals(ExitCodes.INTERNAL, debug.code, debug::toString);
    assertTrue(debug.err.contains("\tat "), debug::toString);
  }
}
