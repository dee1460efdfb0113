package io.github.ptce.core.testing;

import io.github.ptce.core.text.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** Reading message files in tests: every module checks that its English and French files match. */
public final class MessageFiles {
  private MessageFiles() {}

  /**
   * Reads a message file from the class path.
   *
   * @param loader where to look
   * @param resource the resource path, e.g. {@code io/github/ptce/examples/messages_fr.properties}
   * @return the messages by key, in key order
   * @throws IllegalArgumentException if the file is not there
   */
  public static Map<String, String> read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing message file " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> messages = new TreeMap<>();
      properties.forEach((key, value) -> messages.put((String) key, (String) value));
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /**
   * Returns the {@code {name}} placeholders of a message, as ptce's message formatting reads them.
   *
   * @param text the message
   * @return the names, sorted
   */
  public static Set<String> placeholders(String text) {
    return MessageBundle.placeholders(text);
  }
}
