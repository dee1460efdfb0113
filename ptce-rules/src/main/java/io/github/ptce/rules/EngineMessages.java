package io.github.ptce.rules;

import io.github.ptce.core.text.MessageBundle;
import java.lang.invoke.MethodHandles;
import java.util.Map;

/** The engine's own texts: outcomes, not-applicable reasons, assessments, input errors. */
final class EngineMessages {
  static final MessageBundle BUNDLE = MessageBundle.load(MethodHandles.lookup(), "messages");

  private EngineMessages() {}

  static Message of(String key, Map<String, ?> arguments) {
    return Message.of(BUNDLE, key, arguments);
  }

  static Message of(String key) {
    return Message.of(BUNDLE, key, Map.of());
  }
}
