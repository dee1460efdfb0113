package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.consumer.Consumer.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Java code of README.md's "Use it from Java", read from the README when the test runs: its
 * module-info and its class, compiled as shown with a strict build, on the class path and on the
 * module path, and run on a bundled sample and on an invalid cluster. The test fails when the
 * README's code no longer compiles or runs.
 */
class ReadmeConsumerTest {
  static final Path README = Path.of("..", "README.md");
  static final Path TETRIS =
      Path.of(
          "..",
          "ptce-examples",
          "src",
          "main",
          "resources",
          "io",
          "github",
          "ptce",
          "examples",
          "samples",
          "tetris.json");
  private static final Pattern BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

  @TempDir Path dir;

  /** The Java blocks of the README's section "Use it from Java", in their order. */
  static List<String> javaBlocks() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## Use it from Java\n");
    assertTrue(start >= 0, "README.md has a section \"Use it from Java\"");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher blocks = BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    return found;
  }

  @Test
  void theReadmeShowsAModuleAndAClassWithItsImports() throws IOException {
    List<String> blocks = javaBlocks();
    assertEquals(
        1, blocks.stream().filter(b -> b.startsWith("module ")).count(), "one module-info block");
    String program =
        blocks.stream().filter(b -> b.contains("class Art9Check")).findFirst().orElseThrow();
    assertTrue(
        PACKAGE.matcher(program).find(),
        "the class has its package (a module has no unnamed package)");
    assertTrue(program.contains("import io.github.ptce.rules.EligibilityEngine;"), program);
    assertTrue(
        blocks.stream()
            .filter(b -> b.startsWith("module "))
            .findFirst()
            .orElseThrow()
            .contains("requires io.github.ptce.rules;"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theReadmeCodeCompilesAndRuns(Mode mode) throws IOException {
    List<String> blocks = javaBlocks();
    String module = blocks.stream().filter(b -> b.startsWith("module ")).findFirst().orElseThrow();
    String program =
        blocks.stream().filter(b -> b.contains("class Art9Check")).findFirst().orElseThrow();
    Matcher declared = PACKAGE.matcher(program);
    assertTrue(declared.find());
    String pkg = declared.group(1);
    String moduleName = module.substring("module ".length(), module.indexOf('{')).trim();

    Path sources = dir.resolve("src");
    Path folder = sources.resolve(pkg.replace('.', '/'));
    Files.createDirectories(folder);
    Files.writeString(sources.resolve("module-info.java"), module);
    Files.writeString(folder.resolve("Art9Check.java"), program);
    // What the README leaves to the reader: a main that gives Art9Check the text of each file.
    Files.writeString(
        folder.resolve("ReadmeMain.java"),
        "package "
            + pkg
            + ";\n\n"
            + "import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\n\n"
            + "public final class ReadmeMain {\n"
            + "  private ReadmeMain() {}\n\n"
            + "  public static void main(String[] args) throws IOException {\n"
            + "    for (String file : args) {\n"
            + "      System.out.println(\"# \" + Path.of(file).getFileName());\n"
            + "      Art9Check.check(Files.readString(Path.of(file)));\n"
            + "    }\n"
            + "  }\n"
            + "}\n");
    Path classes = dir.resolve("classes");
    Consumer.compile(sources, classes, mode, Consumer.LIBRARY);

    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, "{\"name\": \"\", \"perimeter\": {\"communes\": [\"06999\"]}}");
    String output =
        Consumer.run(
            classes,
            mode,
            Consumer.LIBRARY,
            moduleName + "/" + pkg + ".ReadmeMain",
            TETRIS.toAbsolutePath().toString(),
            invalid.toString());

    String tetris =
        output.substring(output.indexOf("# tetris.json"), output.indexOf("# invalid.json"));
    assertTrue(
        Pattern.compile("^(ELIGIBLE|NOT_ELIGIBLE|UNDETERMINED) — \\S", Pattern.MULTILINE)
            .matcher(tetris)
            .find(),
        output);
    assertTrue(tetris.contains("  missing $."), output);
    assertFalse(tetris.contains("{"), "every placeholder replaced: " + output);
    String refused = output.substring(output.indexOf("# invalid.json"));
    assertTrue(refused.contains("$.name — "), output);
    assertTrue(refused.contains("$.perimeter.communes — "), output);
    assertFalse(output.contains("WARNING"), output);
  }
}
