package io.github.ptce.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The messages of the tool and the service exist in English and French, with the same placeholders. */
class MessagesTest {
  private static final String BASE = "io/github/ptce/examples/messages";

  private static Map<String, String> read(String resource) {
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing message file " + resource);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> messages = new TreeMap<>();
      properties.forEach((key, value) -> messages.put((String) key, (String) value));
      return messages;
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }

  /** The {@code {name}} placeholders of a text, sorted. */
  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    int open = text.indexOf('{');
    while (open >= 0) {
      int close = text.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      names.add(text.substring(open + 1, close));
      open = text.indexOf('{', close + 1);
    }
    return names;
  }

  @Test
  void everyMessageIsInBothLanguagesWithTheSamePlaceholders() {
    Map<String, String> english = read(BASE + ".properties");
    Map<String, String> french = read(BASE + "_fr.properties");
    assertFalse(english.isEmpty());
    assertEquals(english.keySet(), french.keySet(), "the same keys in English and French");
    english.forEach((key, text) -> {
      assertFalse(text.isBlank(), key + " is blank in English");
      assertFalse(french.get(key).isBlank(), key + " is blank in French");
      assertEquals(placeholders(text), placeholders(french.get(key)), key + ": the same placeholders");
    });
  }

  @Test
  void theBundleOfTheToolResolvesEveryKeyInBothLanguages() {
    for (String key : read(BASE + ".properties").keySet()) {
      assertFalse(Messages.bundle().template(java.util.Locale.ENGLISH, key).isBlank(), key);
      assertFalse(Messages.bundle().template(java.util.Locale.FRENCH, key).isBlank(), key);
    }
  }
}
