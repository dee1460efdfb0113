package io.github.ptce.registers;

import io.github.ptce.core.PtceException;
import io.github.ptce.registers.internal.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a register cannot be used at all: a missing directory or file, an unreadable or
 * corrupt file, a file of another layout, an API that cannot be reached. An error that concerns one
 * identifier only is a {@link LookupStatus#FAILED} result instead, so that one bad answer does not
 * lose a whole batch.
 *
 * <p>Like {@link io.github.ptce.core.InvalidValueException}, it carries a stable {@link #code()} (a
 * message key such as {@code register.stock.missingFile}) and the arguments of its message, which
 * {@link #message(Locale)} words in French or English; {@link #getMessage()} is the English text.
 */
public final class RegisterException extends PtceException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Map<String, String> arguments;

  /**
   * Creates the exception.
   *
   * @param code the stable reason code, a key of the module's messages
   * @param arguments the message arguments
   * @param cause the underlying failure, or null
   */
  public RegisterException(String code, Map<String, String> arguments, @Nullable Throwable cause) {
    super(Messages.format(Locale.ENGLISH, code, arguments), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = Collections.unmodifiableMap(new TreeMap<>(arguments));
  }

  /**
   * Returns the stable reason code.
   *
   * @return e.g. {@code register.api.offline}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the arguments of the message.
   *
   * @return an unmodifiable map sorted by name
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the message in French or English.
   *
   * @param locale the language (anything but French gives English)
   * @return what went wrong, where, and what to do
   */
  public String message(Locale locale) {
    return Messages.format(locale, code, arguments);
  }
}
