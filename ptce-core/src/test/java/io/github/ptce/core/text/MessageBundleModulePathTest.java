package io.github.ptce.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheme in a named module keeps its messages in a package it neither exports nor opens, and
 * still reads them through ptce: the test compiles such a module, loads it in a module layer, and
 * asks it for a text.
 *
 * <p>ptce-core itself is on the class path here, so the controls show what the module protects:
 * neither this test's code nor the module's class loader can read the files. A loader that opened
 * them from ptce-core's code (with {@code anchor.getResourceAsStream} or a class loader, as before)
 * would therefore find nothing.
 */
class MessageBundleModulePathTest {

  @TempDir Path dir;

  @Test
  void aNamedModuleReadsItsMessagesFromAPackageItNeitherExportsNorOpens() throws Exception {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    write(sources.resolve("module-info.java"), "module demo { exports demo; }\n");
    write(
        sources.resolve("demo/Texts.java"),
        """
        package demo;

        import io.github.ptce.core.text.MessageBundle;
        import java.lang.invoke.MethodHandles;
        import java.util.Locale;
        import java.util.Map;

        public final class Texts {
          private static final MessageBundle MESSAGES = MessageBundle.load(MethodHandles.lookup(), "hidden/messages");

          public static String greeting(Locale locale) {
            return MESSAGES.format(locale, "greeting", Map.of("name", "Zoé"));
          }
        }
        """);
    write(classes.resolve("demo/hidden/messages.properties"), "greeting=Hello {name}.\n");
    write(classes.resolve("demo/hidden/messages_fr.properties"), "greeting=Bonjour {name}.\n");
    compile(sources, classes);

    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("demo"));
    ClassLoader parent = MessageBundle.class.getClassLoader();
    ModuleLayer.Controller controller =
        ModuleLayer.defineModulesWithOneLoader(configuration, List.of(ModuleLayer.boot()), parent);
    Module demo = controller.layer().findModule("demo").orElseThrow();
    // ptce-core is in the unnamed module of this test: the layer lets the module read it, as
    // "requires" would.
    controller.addReads(demo, parent.getUnnamedModule());
    assertTrue(demo.isNamed());
    assertTrue(demo.getPackages().contains("demo.hidden"), demo.getPackages().toString());
    assertTrue(
        !demo.isExported("demo.hidden") && !demo.isOpen("demo.hidden"),
        "the messages are encapsulated");

    Class<?> texts = controller.layer().findLoader("demo").loadClass("demo.Texts");
    Method greeting = texts.getMethod("greeting", Locale.class);
    assertEquals("Bonjour Zoé.", greeting.invoke(null, Locale.FRENCH));
    assertEquals("Hello Zoé.", greeting.invoke(null, Locale.ENGLISH));

    // The controls: from outside the module, the files cannot be read.
    assertNull(texts.getResourceAsStream("hidden/messages.properties"));
    assertNull(demo.getResourceAsStream("demo/hidden/messages.properties"));
    assertNull(texts.getClassLoader().getResourceAsStream("demo/hidden/messages.properties"));
    assertNotNull(texts.getResourceAsStream("Texts.class"), "class files are not encapsulated");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void compile(Path sources, Path classes) throws IOException, URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JDK");
    String classPath =
        Path.of(MessageBundle.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            + java.io.File.pathSeparator
            + Path.of(
                org.jspecify.annotations.Nullable.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            log,
            log,
            "--release",
            "17",
            "-d",
            classes.toString(),
            "-classpath",
            classPath,
            "--add-reads",
            "demo=ALL-UNNAMED",
            "-encoding",
            "UTF-8",
            sources.resolve("module-info.java").toString(),
            sources.resolve("demo/Texts.java").toString());
    assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
  }
}
