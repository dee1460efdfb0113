package io.github.ptce.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by a builder's {@code build()} when required properties were not set, for example {@code
 * Cluster.builder().build()} without a name: one violation {@code builder.missingProperty} per
 * property, at the property's path in the object being built ({@code $.name}), naming the type
 * built.
 *
 * <p>A programming error rather than bad data, so the stack trace is kept; but it is an {@link
 * InvalidInputException}, so that an application that turns user input into builder calls handles
 * it like any other rejected input.
 */
public final class MissingPropertiesException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A builder Immutables generates for ptce: {@code
   * io.github.ptce.core.cluster.ImmutableCluster$Builder}.
   */
  private static final Pattern GENERATED_BUILDER =
      Pattern.compile("io\\.github\\.ptce\\..*\\.Immutable(\\w+)\\$Builder");

  /** The names of the properties not set. */
  private final transient List<String> properties;

  /**
   * Creates the exception; called by the generated builders (the Immutables style of ptce names
   * this class as the exception for an incomplete builder, and passes the names of the properties
   * not set).
   *
   * @param properties the names of the properties not set, at least one
   * @throws IllegalArgumentException if none is given
   */
  public MissingPropertiesException(String... properties) {
    super(violations(builtType(), properties), true);
    this.properties = List.of(properties);
  }

  private static List<Violation> violations(Optional<String> type, String... properties) {
    List<Violation> violations = new ArrayList<>(properties.length);
    for (String property : properties) {
      violations.add(
          Violation.of(
              "$." + property,
              "builder.missingProperty",
              Map.of("name", property, "type", type.orElse("?"))));
    }
    return violations;
  }

  /** The type whose builder is failing: the first generated builder on the stack. */
  private static Optional<String> builtType() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(frame -> GENERATED_BUILDER.matcher(frame.getClassName()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .findFirst());
  }

  /**
   * Returns the names of the properties not set.
   *
   * @return the names, in the order of the type's declaration
   */
  public List<String> properties() {
    return properties;
  }
}
