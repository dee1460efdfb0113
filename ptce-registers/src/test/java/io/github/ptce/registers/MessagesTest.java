package io.github.ptce.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.testing.MessageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages of ptce-registers exist in English and French, with the same placeholders, and every
 * code used.
 */
class MessagesTest {
  static final String EN = "io/github/ptce/registers/messages.properties";
  static final String FR = "io/github/ptce/registers/messages_fr.properties";

  @Test
  void everyKeyInBothLanguagesWithTheSamePlaceholders() {
    Map<String, String> english = MessageFiles.read(getClass().getClassLoader(), EN);
    Map<String, String> french = MessageFiles.read(getClass().getClassLoader(), FR);
    assertEquals(english.keySet(), french.keySet());
    english.forEach(
        (key, text) -> {
          assertEquals(
              MessageFiles.placeholders(text), MessageFiles.placeholders(french.get(key)), key);
          assertFalse(
              text.contains("''") || french.get(key).contains("''"),
              key + ": quotes are not MessageFormat's");
          assertFalse(french.get(key).equals(text), key + " is not translated");
        });
  }

  @Test
  void everyCodeTheSourcesUseHasItsMessage() throws IOException {
    Map<String, String> english = MessageFiles.read(getClass().getClassLoader(), EN);
    Set<String> used = new TreeSet<>();
    Pattern code =
        Pattern.compile("\"(register\\.(?:stock|api|enrich|prepared)\\.[A-Za-z.]+[A-Za-z])\"");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = code.matcher(Files.readString(source));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertTrue(used.size() >= 15, used.toString());
    for (String key : used) {
      assertTrue(english.containsKey(key), "no message for " + key);
    }
    for (RegisterSource.ExtractDateBasis basis : RegisterSource.ExtractDateBasis.values()) {
      assertTrue(
          english.containsKey(
              "register.source.stock." + io.github.ptce.core.internal.Texts.codeSegment(basis)),
          basis::name);
    }
  }
}
