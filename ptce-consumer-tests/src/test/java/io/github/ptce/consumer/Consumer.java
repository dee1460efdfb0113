package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What a user of ptce does, done from a test: compile a program against ptce's jars with the flags
 * of a strict build, on the class path or as a module on the module path, and run it in a JVM of
 * its own.
 *
 * <p>The jars come from the build ({@code dependency:build-classpath}, pom.xml): {@link #LIBRARY}
 * is ptce-rules with what it brings, as a project depending on it gets them; {@link #TOOL} adds the
 * command-line tool.
 */
final class Consumer {
  /**
   * The flags of a strict build: every lint warning is an error, so a warning caused by ptce's jars
   * fails.
   */
  static final List<String> STRICT =
      List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8");

  /** ptce-rules and its run-time dependencies. */
  static final List<Path> LIBRARY = path("ptce.consumer.library");

  /** ptce-examples (the command-line tool) and its run-time dependencies. */
  static final List<Path> TOOL = path("ptce.consumer.tool");

  /** The two ways to use ptce. */
  enum Mode {
    /** Everything on the class path; a module-info.java of the program is left out. */
    CLASS_PATH,
    /** The program is a module; ptce's jars are on the module path. */
    MODULE_PATH
  }

  private Consumer() {}

  private static List<Path> path(String property) {
    String value = System.getProperty(property);
    assertTrue(value != null && !value.isBlank(), property + " is set by the build (pom.xml)");
    return Arrays.stream(value.split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .toList();
  }

  static String join(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  /**
   * Compiles a program (and copies its resources next to its classes); fails with every diagnostic
   * of javac.
   *
   * @param sources the source tree; a module-info.java at its root is compiled on the module path
   *     only
   * @param out the class output directory
   * @param mode class path or module path
   * @param library the jars to compile against
   */
  static void compile(Path sources, Path out, Mode mode, List<Path> library) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p ->
                      mode == Mode.MODULE_PATH
                          || !p.getFileName().toString().equals("module-info.java"))
              .sorted()
              .toList();
    }
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(STRICT);
    options.addAll(
        List.of(
            mode == Mode.MODULE_PATH ? "--module-path" : "--class-path",
            join(library),
            "-d",
            out.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      compiled =
          javac
              .getTask(
                  output,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
    }
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String where =
          d.getSource() == null
              ? ""
              : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + " ";
      problems.add(d.getKind() + " " + where + d.getMessage(Locale.ENGLISH));
    }
    assertEquals(
        List.of(), problems, "javac " + String.join(" ", STRICT) + " (" + mode + ") " + output);
    assertTrue(compiled, output.toString());
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path resource :
          walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".java")).toList()) {
        Path target = out.resolve(sources.relativize(resource).toString());
        Files.createDirectories(target.getParent());
        Files.copy(resource, target);
      }
    }
  }

  /**
   * Runs a compiled program in a JVM of its own, as its user would: {@code java -cp} or {@code java
   * -p ... -m}, without --add-modules, --add-opens or --add-exports.
   *
   * @param classes the program's classes
   * @param mode class path or module path
   * @param library the jars to run with
   * @param main {@code module/class} on the module path, the class on the class path (the module is
   *     dropped)
   * @param arguments the program's arguments
   * @return what it printed (standard output and error), after it exited with 0
   */
  static String run(Path classes, Mode mode, List<Path> library, String main, String... arguments) {
    return run(mode, prepend(classes, library), main, 0, arguments);
  }

  /**
   * Runs a program of the library path in a JVM of its own.
   *
   * @param mode class path or module path
   * @param path the class or module path
   * @param main {@code module/class}; on the class path only the class is used
   * @param exitCode the exit code expected
   * @param arguments the program's arguments
   * @return what it printed (standard output and error)
   */
  static String run(Mode mode, List<Path> path, String main, int exitCode, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // As a user's machine may be: the program must not depend on this JVM's settings.
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US"));
    if (mode == Mode.MODULE_PATH) {
      command.addAll(List.of("--module-path", join(path), "--module", main));
    } else {
      command.addAll(List.of("--class-path", join(path), main.substring(main.indexOf('/') + 1)));
    }
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] bytes = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program ended: " + command);
      String output = new String(bytes, StandardCharsets.UTF_8);
      assertEquals(exitCode, process.exitValue(), String.join(" ", command) + "\n" + output);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static List<Path> prepend(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
