package io.github.ptce.core.cluster;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The coordination ("animation") of a cluster: the staff who run it and who pays for them. The RTES
 * note calls it essential and hard to fund over the long term.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Coordination implements WithCoordination {

  Coordination() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coordination}. */
  public static final class Builder extends ImmutableCoordination.Builder {
    Builder() {}
  }

  /**
   * Returns the staff dedicated to coordination, in full-time equivalents.
   *
   * @return the FTE, at most two decimals, empty if unknown
   */
  public abstract Optional<@PositiveOrZero @Digits(integer = 4, fraction = 2) BigDecimal>
      staffFte();

  /**
   * Returns who funds the coordination.
   *
   * @return the funders' names, possibly none
   */
  public abstract List<@NotBlank @Size(max = 300) String> funders();
}
