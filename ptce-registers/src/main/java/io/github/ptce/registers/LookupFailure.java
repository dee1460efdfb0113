package io.github.ptce.registers;

import io.github.ptce.registers.internal.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Why a source could not answer for one identifier: a stable code (e.g. {@code
 * register.api.status}) and the arguments of its message, which {@link #message(Locale)} words in
 * French or English.
 *
 * @param code the stable reason code, a key of the module's messages
 * @param arguments the message arguments, sorted by name
 */
public record LookupFailure(String code, Map<String, String> arguments) {
  /**
   * Checks the components and copies the arguments.
   *
   * @throws NullPointerException if a component is null
   */
  public LookupFailure {
    Objects.requireNonNull(code, "code");
    arguments =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(arguments, "arguments")));
  }

  /**
   * Returns the message.
   *
   * @param locale French or English
   * @return what went wrong and what to do
   */
  public String message(Locale locale) {
    return Messages.format(locale, code, arguments);
  }
}
