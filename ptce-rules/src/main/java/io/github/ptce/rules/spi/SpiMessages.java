package io.github.ptce.rules.spi;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.Message;
import java.lang.invoke.MethodHandles;
import java.util.Map;

/** The texts the ready-made pieces of this package give to every scheme that uses them. */
final class SpiMessages {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  private SpiMessages() {}

  static Message of(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }

  static Message of(String key, Map<String, ?> arguments) {
    return Message.of(BUNDLE, key, arguments);
  }
}
