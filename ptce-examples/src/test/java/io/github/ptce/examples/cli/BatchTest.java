package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.json.JsonLimits;
import io.github.ptce.core.testing.BadInputs;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.samples.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ptce batch} under hostile input: every item is evaluated or listed as skipped with its
 * reason, nothing ends the run early, reports are whole under their names, the summary is written
 * last and a rerun resumes.
 */
class BatchTest {
  private static final String AS_OF = "--as-of=2026-01-15";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static String line(Sample sample) {
    return new String(sample.cluster(), StandardCharsets.UTF_8).replace("\n", "");
  }

  private static JsonNode summary(Path out) throws IOException {
    Path file = out.resolve(BatchCommand.SUMMARY);
    assertTrue(Files.isRegularFile(file), "the summary is written");
    JsonNode summary = JSON.readTree(file.toFile());
    assertEquals(BatchCommand.SUMMARY_FORMAT, summary.get("format").asString());
    return summary;
  }

  /** The status of each item of the summary, by name. */
  private static Map<String, String> statuses(JsonNode summary) {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode item : summary.get("items")) {
      statuses.put(
          item.get("name").asString(),
          item.get("status").asString()
              + (item.has("outcome") ? " " + item.get("outcome").asString() : ""));
    }
    return statuses;
  }

  private static String reason(JsonNode summary, String name) {
    for (JsonNode item : summary.get("items")) {
      if (item.get("name").asString().equals(name)) {
        return item.get("reason").asString();
      }
    }
    throw new AssertionError("no item " + name);
  }

  private static List<String> names(Path out) throws IOException {
    try (var files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aHugeExponentIsReportedAndTheBatchGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.json"), Sample.TETRIS.cluster());
    Files.write(in.resolve("b.json"), BadInputs.input("amount-exponent-beyond-int.json"));
    Files.write(in.resolve("c.json"), BadInputs.input("staff-fte-exponent-below-int.json"));
    Files.write(in.resolve("d.json"), Sample.SYNTHETIC_ELIGIBLE.cluster());
    Path out = dir.resolve("out");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    JsonNode summary = summary(out);
    assertEquals(
        Map.of(
            "a",
            "EVALUATED UNDETERMINED",
            "b",
            "SKIPPED",
            "c",
            "SKIPPED",
            "d",
            "EVALUATED UNDETERMINED"),
        statuses(summary));
    assertTrue(
        reason(summary, "b").contains("$.resources[0].sales: The number 1e2147483648"),
        summary::toString);
    assertTrue(reason(summary, "c").contains("$.coordination.staffFte"), summary::toString);
    assertEquals(List.of("a.json", "d.json", BatchCommand.SUMMARY), names(out));

    // The same items as JSON lines.
    Path lines = dir.resolve("items.ndjson");
    Files.writeString(
        lines,
        line(Sample.TETRIS)
            + "\n"
            + new String(BadInputs.input("year-exponent-beyond-int.json"), StandardCharsets.UTF_8)
                .replace("\n", "")
            + "\n"
            + line(Sample.SYNTHETIC_ELIGIBLE)
            + "\n");
    Path out2 = dir.resolve("out2");
    Run ndjson = Run.of("batch", lines.toString(), "--out", out2.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, ndjson.code, ndjson::toString);
    assertEquals(
        Map.of(
            "items-1",
            "EVALUATED UNDETERMINED",
            "items-2",
            "SKIPPED",
            "items-3",
            "EVALUATED UNDETERMINED"),
        statuses(summary(out2)));
    assertTrue(reason(summary(out2), "items-2").contains("$.resources[0].year"), ndjson::toString);
  }

  @Test
  void jsonLinesAreReadAsFilesAre() throws IOException {
    // Invalid UTF-8, a carriage return alone inside a string, a lone surrogate: violations, as in a
    // file. The
    // carriage return does not split its line: the lines after it keep their numbers.
    byte[] invalidUtf8 = "{\"name\": \"P\u00c3(\"}".getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> parts =
        List.of(
            line(Sample.TETRIS).getBytes(StandardCharsets.UTF_8),
            invalidUtf8,
            "{\"name\": \"A\rB\"}".getBytes(StandardCharsets.UTF_8),
            "{\"name\": \"P\\ud800\"}".getBytes(StandardCharsets.UTF_8),
            (line(Sample.SYNTHETIC_ELIGIBLE) + "\r").getBytes(StandardCharsets.UTF_8));
    Path lines = dir.resolve("mixed.ndjson");
    try (var stream = Files.newOutputStream(lines)) {
      for (byte[] part : parts) {
        stream.write(part);
        stream.write('\n');
      }
    }
    Path out = dir.resolve("out");
    Run run = Run.of("batch", lines.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    JsonNode summary = summary(out);
    assertEquals(
        Map.of(
            "mixed-1",
            "EVALUATED UNDETERMINED",
            "mixed-2",
            "SKIPPED",
            "mixed-3",
            "SKIPPED",
            "mixed-4",
            "SKIPPED",
            "mixed-5",
            "EVALUATED UNDETERMINED"),
        statuses(summary));
    assertTrue(reason(summary, "mixed-2").contains("not valid UTF-8"), summary::toString);
    assertTrue(reason(summary, "mixed-3").contains("U+000D"), summary::toString);
    assertTrue(reason(summary, "mixed-4").contains("surrogate"), summary::toString);
  }

  @Test
  void aLineOverTheDocumentLimitIsSkippedWithoutBeingHeld() throws IOException {
    // One byte over the limit: counted to its end and dropped, like a file of that size; the next
    // line is read.
    Path lines = dir.resolve("long.ndjson");
    try (var stream = Files.newOutputStream(lines)) {
      stream.write("{\"name\": \"P\", \"description\": \"".getBytes(StandardCharsets.US_ASCII));
      byte[] block = "d".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0;
          written <= JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;
          written += block.length) {
        stream.write(block);
      }
      stream.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
      stream.write(line(Sample.TETRIS).getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("out");
    Run run = Run.of("batch", lines.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    JsonNode summary = summary(out);
    assertEquals(
        Map.of("long-1", "SKIPPED", "long-2", "EVALUATED UNDETERMINED"), statuses(summary));
    assertTrue(
        reason(summary, "long-1")
            .contains(
                "$: The document is larger than the limit of "
                    + JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES),
        summary::toString);
  }

  @Test
  void ndjsonLinesAreBoundedAndNumbered() throws IOException {
    byte[] text = "a\r\n\r\nb\rb\nccc\ndddd".getBytes(StandardCharsets.US_ASCII);
    List<String> read = new ArrayList<>();
    try (NdjsonLines lines = new NdjsonLines(new java.io.ByteArrayInputStream(text), 3)) {
      NdjsonLines.Line line;
      while ((line = lines.next()) != null) {
        String shown =
            line.bytes() == null
                ? "too long " + line.length()
                : new String(line.bytes(), StandardCharsets.US_ASCII).replace("\r", "\\r");
        read.add(line.number() + ":" + shown + (line.blank() ? " blank" : ""));
      }
    }
    assertEquals(List.of("1:a", "2: blank", "3:b\\rb", "4:ccc", "5:too long 4"), read);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void entriesThatAreNotRegularFilesAreListedAsSkipped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.json"), Sample.TETRIS.cluster());
    Files.createDirectory(in.resolve("folder.json"));
    Files.createSymbolicLink(in.resolve("dangling.json"), dir.resolve("nowhere"));
    boolean fifo = mkfifo(in.resolve("pipe.json"));
    Path out = dir.resolve("out");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    JsonNode summary = summary(out);
    Map<String, String> expected =
        new TreeMap<>(
            Map.of("a", "EVALUATED UNDETERMINED", "folder", "SKIPPED", "dangling", "SKIPPED"));
    if (fifo) {
      expected.put("pipe", "SKIPPED");
      assertTrue(reason(summary, "pipe").contains("a pipe"), summary::toString);
    }
    assertEquals(expected, statuses(summary));
    assertTrue(reason(summary, "folder").contains("a directory"), summary::toString);
    assertTrue(reason(summary, "dangling").contains("symbolic link to nothing"), summary::toString);
    assertTrue(
        run.err.contains("folder.json skipped: not a regular file: a directory"), run::toString);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aPipeGivenAsInputIsRefusedAtOnce() throws Exception {
    Path pipe = dir.resolve("clusters.ndjson");
    Assumptions.assumeTrue(mkfifo(pipe), "mkfifo is available");
    Run run = Run.of("batch", pipe.toString(), "--out", dir.resolve("out").toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertTrue(
        run.err.contains("is a pipe, a socket or a device, not a regular file"), run::toString);
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      return process.waitFor(10, TimeUnit.SECONDS)
          && process.exitValue() == 0
          && Files.exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aRerunWithResumeKeepsTheReportsThatAreComplete() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.json"), Sample.TETRIS.cluster());
    Files.write(in.resolve("b.json"), Sample.SYNTHETIC_ELIGIBLE.cluster());
    Path out = Files.createDirectories(dir.resolve("out"));
    // What a run killed while writing b's report leaves: a's report, b's temporary file, an old
    // summary.
    Files.writeString(out.resolve("a.json"), "{\"kept\": true}\n");
    Files.writeString(out.resolve(".ptce-0123abcd.tmp"), "{\"format\": \"ptce-rep");
    Files.writeString(out.resolve(BatchCommand.SUMMARY), "{}");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF, "--resume");
    assertEquals(ExitCodes.OK, run.code, run::toString);
    assertEquals(Map.of("a", "KEPT", "b", "EVALUATED UNDETERMINED"), statuses(summary(out)));
    assertEquals(
        "{\"kept\": true}\n", Files.readString(out.resolve("a.json")), "not evaluated again");
    assertEquals(
        List.of("a.json", "b.json", BatchCommand.SUMMARY),
        names(out),
        "the temporary file is removed");
    assertTrue(run.out.contains("1 kept from an earlier run"), run::toString);
    // Without --resume every item is evaluated again.
    Run again = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF);
    assertEquals(
        Map.of("a", "EVALUATED UNDETERMINED", "b", "EVALUATED UNDETERMINED"),
        statuses(summary(out)));
    assertTrue(Files.readString(out.resolve("a.json")).contains("ptce-report/1"), again::toString);
  }

  @Test
  void aSkippedItemLeavesNoReportOfAnEarlierRun() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.json"), "{\"name\": ");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("a.json"), "{\"format\": \"ptce-report/1\"}");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    assertEquals(List.of(BatchCommand.SUMMARY), names(out));
  }

  @Test
  void namesAreEscapedOnTheTerminal() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String forged = "x\u001b[2J\rpays-de-bray.json is valid";
    Files.write(in.resolve(forged + ".json"), "{\"name\": \"\"}".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");
    Run run = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF);
    for (String text : List.of(run.out, run.err)) {
      assertFalse(text.contains("\u001b") || text.contains("\r"), run::toString);
    }
    assertTrue(run.out.contains("x\\u001B[2J\\rpays-de-bray.json is valid"), run::toString);
    assertNotNull(summary(out));
  }

  @Test
  void anItemThatRunsOutOfMemoryIsSkippedAndTheOthersGoOn() throws Exception {
    // A legal 5,000-member cluster in a JVM of 48 MiB: its evaluation runs out of memory, the next
    // item does not.
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a-big.json"), BadInputs.input("generated:members-at-the-limit"));
    Files.write(in.resolve("b.json"), Sample.TETRIS.cluster());
    Path out = dir.resolve("out");
    ChildRun run = ChildRun.of("-Xmx48m", "batch", in.toString(), "--out", out.toString(), AS_OF);
    assertEquals(ExitCodes.INTERNAL, run.code(), run::toString);
    JsonNode summary = summary(out);
    assertEquals(Map.of("a-big", "SKIPPED", "b", "EVALUATED UNDETERMINED"), statuses(summary));
    assertTrue(
        reason(summary, "a-big").startsWith("Out of memory: the run needed more than the 48 MiB"),
        summary::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @Test
  void checkOutOfMemoryIsTheInternalErrorExitWithOneMessage() throws Exception {
    Path big = dir.resolve("big.json");
    Files.write(big, BadInputs.input("generated:members-at-the-limit"));
    for (String lang : List.of("en", "fr")) {
      ChildRun run =
          ChildRun.of(
              "-Xmx32m",
              "check",
              big.toString(),
              AS_OF,
              "--lang",
              lang,
              "--out",
              dir.resolve("r.txt").toString());
      assertEquals(ExitCodes.INTERNAL, run.code(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(
          run.err()
              .startsWith(lang.equals("en") ? "ptce: Out of memory: " : "ptce: Mémoire épuisée : "),
          run::toString);
      assertTrue(run.err().contains("PTCE_JAVA_OPTS=-Xmx2g"), run::toString);
    }
    assertFalse(Files.exists(dir.resolve("r.txt")), "no report half written");
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aBatchKilledWhileWritingLeavesOnlyWholeReportsAndResumes() throws Exception {
    // kill -9 in the middle of a run: every file under a report's name is a whole report, there is
    // no summary,
    // and a rerun with --resume evaluates only what is missing.
    Path in = Files.createDirectories(dir.resolve("in"));
    int count = 200;
    for (int i = 0; i < count; i++) {
      Files.write(in.resolve(String.format("c%03d.json", i)), Sample.PAYS_DE_BRAY.cluster());
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Process process =
        ChildRun.start("-Xmx256m", "batch", in.toString(), "--out", out.toString(), AS_OF);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (reports(out) < 20 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(process.isAlive(), "the batch is still running when it is killed");
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int whole = 0;
    for (String name : names(out)) {
      if (name.startsWith(AtomicFiles.TEMP_PREFIX)) {
        continue; // the temporary file being written when the process died
      }
      assertFalse(name.equals(BatchCommand.SUMMARY), "no summary: the run did not finish");
      JsonNode report = JSON.readTree(out.resolve(name).toFile());
      assertEquals("ptce-report/1", report.get("format").asString(), name);
      whole++;
    }
    assertTrue(whole >= 20 && whole < count, "reports: " + whole);
    Run resumed = Run.of("batch", in.toString(), "--out", out.toString(), AS_OF, "--resume");
    assertEquals(ExitCodes.OK, resumed.code, resumed::toString);
    JsonNode counts = summary(out).get("counts");
    assertEquals(count, counts.get("total").asInt());
    assertEquals(whole, counts.get("KEPT").asInt());
    assertEquals(count - whole, counts.get("EVALUATED").asInt());
    assertEquals(count + 1, names(out).size(), "the reports and the summary, no temporary file");
  }

  private static long reports(Path out) throws IOException {
    try (var files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
    }
  }

  /** The tool run in another JVM, with its own heap: what an out-of-memory needs. */
  record ChildRun(int code, String out, String err) {
    private static List<String> command(String heap, String... args) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  heap,
                  "-Duser.language=en",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      command.addAll(List.of(args));
      return command;
    }

    /** Starts the tool; its output is discarded. */
    static Process start(String heap, String... args) throws IOException {
      return new ProcessBuilder(command(heap, args))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    }

    static ChildRun of(String heap, String... args) throws IOException, InterruptedException {
      List<String> command = command(heap, args);
      Path tempOut = Files.createTempFile("ptce-child", ".out");
      Path tempErr = Files.createTempFile("ptce-child", ".err");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectOutput(tempOut.toFile())
                .redirectError(tempErr.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("the child JVM did not end: " + command);
        }
        return new ChildRun(
            process.exitValue(), Files.readString(tempOut), Files.readString(tempErr));
      } finally {
        Files.deleteIfExists(tempOut);
        Files.deleteIfExists(tempErr);
      }
    }
  }
}
