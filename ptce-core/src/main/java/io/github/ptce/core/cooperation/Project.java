package io.github.ptce.core.cooperation;

import io.github.ptce.core.id.NafCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An economic and social project the cluster serves (Art. 9: "projets économiques et sociaux
 * innovants, socialement ou technologiquement, et porteurs d'un développement local durable").
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Project implements WithProject {

  Project() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}; the title is required. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = 300)
  public abstract String title();

  /**
   * Returns the activity sector.
   *
   * @return the NAF sub-class, empty if unknown
   */
  public abstract Optional<NafCode> sector();

  /**
   * Returns how the project is innovative, as declared.
   *
   * @return social and/or technological; empty if not declared
   */
  public abstract Set<InnovationType> innovation();

  /**
   * Returns the local sustainable-development aims, in the cluster's own words.
   *
   * @return the aims, possibly none
   */
  public abstract List<@NotBlank @Size(max = 500) String> localDevelopmentAims();

  /**
   * Returns a description.
   *
   * @return the description, empty if not given
   */
  public abstract Optional<@Size(max = 4000) String> description();
}
