package io.github.ptce.core.provenance;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.constraints.PlausibleDate;
import io.github.ptce.core.time.PartialDate;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where facts come from: a title or an address, the date it was read, and how it knows ({@link
 * SourceKind}). A stakeholder, a group of unnamed members and the cluster each list their sources;
 * a source may name the {@link #facts()} it supports (say {@code legalCategory} and {@code
 * location} for a register extract), or support all the facts of what lists it.
 *
 * <p>Reports name the sources of the members that decided each criterion, so that a reader can
 * check what an answer rests on.
 *
 * <p>Invariant: a title or a URL is given. Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

  /** Builds a {@link Source}; the kind and a title or a URL are required. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  /**
   * Returns how the source knows what it says.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * Returns the title of the source, e.g. {@code Sirene, StockUniteLegale, November 2026}.
   *
   * @return the title, empty if only the URL is given
   */
  public abstract Optional<@Size(max = 300) String> title();

  /**
   * Returns the address of the source.
   *
   * @return an {@code http} or {@code https} URL, empty if none
   */
  public abstract Optional<@Size(max = 2000) String> url();

  /**
   * Returns when the source was read (or, for a register, the date of the extract).
   *
   * @return the date, possibly known only to the month or year; empty if unknown
   */
  public abstract Optional<@PlausibleDate PartialDate> readOn();

  /**
   * Returns the facts the source supports, by property name of what lists it (e.g. {@code
   * legalCategory}, {@code location}, {@code sseStatus} for a stakeholder).
   *
   * @return the property names; empty when the source supports all the facts
   */
  public abstract Set<String> facts();

  @Value.Check
  void check() {
    List<Violation> problems = new ArrayList<>();
    if (title().filter(t -> !t.isBlank()).isEmpty() && url().isEmpty()) {
      problems.add(Violation.of("$", "source.titleOrUrlRequired"));
    }
    if (url().isPresent() && !URL.matcher(url().get()).matches()) {
      problems.add(Violation.of("$.url", "source.url", java.util.Map.of("value", url().get())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
