package io.github.ptce.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ptce.core.testing.MessageFiles;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The messages of the tool and the service exist in English and French, with the same placeholders.
 */
class MessagesTest {
  private static final String BASE = "io/github/ptce/examples/messages";

  private static Map<String, String> read(String resource) {
    return MessageFiles.read(MessagesTest.class.getClassLoader(), resource);
  }

  @Test
  void everyMessageIsInBothLanguagesWithTheSamePlaceholders() {
    Map<String, String> english = read(BASE + ".properties");
    Map<String, String> french = read(BASE + "_fr.properties");
    assertFalse(english.isEmpty());
    assertEquals(english.keySet(), french.keySet(), "the same keys in English and French");
    english.forEach(
        (key, text) -> {
          assertFalse(text.isBlank(), key + " is blank in English");
          assertFalse(french.get(key).isBlank(), key + " is blank in French");
          assertEquals(
              MessageFiles.placeholders(text),
              MessageFiles.placeholders(french.get(key)),
              key + ": the same placeholders");
        });
  }

  @Test
  void theBundleOfTheToolResolvesEveryKeyInBothLanguages() {
    for (String key : read(BASE + ".properties").keySet()) {
      assertFalse(Messages.bundle().template(Locale.ENGLISH, key).isBlank(), key);
      assertFalse(Messages.bundle().template(Locale.FRENCH, key).isBlank(), key);
    }
  }
}
