package io.github.ptce.core.resources;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A subsidy received in a year: a non-market resource (redistribution), by funder and level.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Subsidy implements WithSubsidy {

  Subsidy() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subsidy}; all attributes are required. */
  public static final class Builder extends ImmutableSubsidy.Builder {
    Builder() {}
  }

  /**
   * Returns the funder's name.
   *
   * @return e.g. {@code Région Hauts-de-France}
   */
  @NotBlank
  @Size(max = 300)
  public abstract String funder();

  /**
   * Returns the funder's level.
   *
   * @return the level
   */
  public abstract FunderLevel level();

  /**
   * Returns the amount received in the year.
   *
   * @return the amount
   */
  public abstract Amount amount();
}
