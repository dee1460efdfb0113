package io.github.ptce.registers.enrich;

import io.github.ptce.registers.RegisterSource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an enrichment did, member by member: every fact filled with its register field, source and
 * date; every conflict between the cluster and the register; the identifiers not found, in partial
 * diffusion, ceased, closed or failed; the members without an identifier.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnrichmentReport {
  private final List<EnrichmentEntry> entries;

  EnrichmentReport(List<EnrichmentEntry> entries) {
    this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * Returns every entry, in member order.
   *
   * @return the entries
   */
  public List<EnrichmentEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries of one status, in member order.
   *
   * @param status the status
   * @return those entries
   */
  public List<EnrichmentEntry> entries(EnrichmentStatus status) {
    Objects.requireNonNull(status, "status");
    return entries.stream().filter(e -> e.status() == status).toList();
  }

  /**
   * Returns the facts filled.
   *
   * @return the {@link EnrichmentStatus#FILLED} entries
   */
  public List<EnrichmentEntry> filled() {
    return entries(EnrichmentStatus.FILLED);
  }

  /**
   * Returns the conflicts between the cluster and the register.
   *
   * @return the {@link EnrichmentStatus#CONFLICT} entries
   */
  public List<EnrichmentEntry> conflicts() {
    return entries(EnrichmentStatus.CONFLICT);
  }

  /**
   * Returns how many entries each status has.
   *
   * @return a count for every status, zero included, in status order
   */
  public Map<EnrichmentStatus, Integer> counts() {
    Map<EnrichmentStatus, Integer> counts = new EnumMap<>(EnrichmentStatus.class);
    for (EnrichmentStatus status : EnrichmentStatus.values()) {
      counts.put(status, 0);
    }
    entries.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the sources consulted, each once, in the order of first use.
   *
   * @return the sources
   */
  public List<RegisterSource> sources() {
    Set<RegisterSource> sources = new LinkedHashSet<>();
    entries.forEach(e -> e.source().ifPresent(sources::add));
    return List.copyOf(sources);
  }

  /**
   * Returns whether the register answered for every identifier: no entry is {@link
   * EnrichmentStatus#FAILED}.
   *
   * @return true when nothing failed
   */
  public boolean complete() {
    return entries.stream().noneMatch(e -> e.status() == EnrichmentStatus.FAILED);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrichmentReport r && entries.equals(r.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "EnrichmentReport" + counts();
  }
}
