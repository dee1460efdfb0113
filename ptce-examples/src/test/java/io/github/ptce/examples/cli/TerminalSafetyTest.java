package io.github.ptce.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.examples.ExitCodes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a terminal is shown cannot be forged by a document or a file name, and files are written
 * whole or not at all: {@link SafeText}, {@link AtomicFiles}, and the command line through them.
 */
class TerminalSafetyTest {
  @TempDir Path dir;

  private static String safe(String... writes) throws IOException {
    StringWriter out = new StringWriter();
    try (SafeText safe = new SafeText(out)) {
      for (String text : writes) {
        safe.write(text);
      }
    }
    return out.toString();
  }

  @Test
  void controlCharactersAreShownNotObeyed() throws IOException {
    assertEquals(
        "a\\u001B[2Jb\\rc\nd\te\\u0007\\u009B\\u202Ef",
        safe("a\u001b[2Jb\rc\nd\te\u0007\u009b\u202ef"));
    assertEquals(
        "line\r\nnext", safe("line\r", "\nnext"), "a CR LF line end split over two writes");
    assertEquals("end\\r", safe("end\r"), "a carriage return at the end of what is written");
    assertEquals("x\\u001B", SafeText.escape("x\u001b"));
    String plain = "Pôle « Sud » — 100 € 😀";
    assertEquals(plain, safe(plain));
    assertTrue(plain == SafeText.escape(plain), "nothing to escape: the same string");
  }

  @Test
  void aViolationPathCannotSendAnEscapeSequence() throws IOException {
    Path file = dir.resolve("forged.json");
    Files.writeString(
        file,
        "{\"name\": \"P\", \"\\u001b[2J\\rforged.json is valid\": 1}",
        StandardCharsets.UTF_8);
    Run run = Run.of("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.code, run::toString);
    for (String text : List.of(run.out, run.err)) {
      assertFalse(text.contains("\u001b") || text.contains("\r"), run::toString);
    }
    assertTrue(run.out.contains("$.\\u001B[2J\\rforged.json is valid: "), run::toString);
  }

  @Test
  void aFileIsWrittenWholeOrNotAtAll() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "earlier");
    IOException failure = new IOException("No space left on device");
    try {
      AtomicFiles.write(
          target,
          writer -> {
            try {
              writer.write("{\"half\": ");
              writer.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            throw new UncheckedIOException(failure);
          });
      throw new AssertionError("the failure is thrown");
    } catch (IOException e) {
      assertEquals(failure, e);
    }
    assertEquals("earlier", Files.readString(target), "the earlier file stays whole");
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("report.json"),
          files.map(p -> p.getFileName().toString()).toList(),
          "no temporary file");
    }
    AtomicFiles.write(
        target,
        writer -> {
          try {
            writer.write("whole");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    assertEquals("whole", Files.readString(target));
  }
}
