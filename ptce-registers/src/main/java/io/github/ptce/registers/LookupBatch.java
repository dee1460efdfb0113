package io.github.ptce.registers;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one batch: one {@link LookupResult} per SIREN and per SIRET asked for, in the
 * order they were first given (a repeated identifier is looked up once).
 *
 * @param sirens the results by SIREN
 * @param sirets the results by SIRET
 */
public record LookupBatch(Map<Siren, LookupResult> sirens, Map<Siret, LookupResult> sirets) {
  /**
   * Checks the components and makes unmodifiable copies that keep their order.
   *
   * @throws NullPointerException if a component is null
   */
  public LookupBatch {
    sirens =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sirens, "sirens")));
    sirets =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sirets, "sirets")));
  }

  /**
   * Returns the result for a SIREN of the batch.
   *
   * @param siren a SIREN that was asked for
   * @return its result
   * @throws IllegalArgumentException if it was not asked for
   */
  public LookupResult get(Siren siren) {
    LookupResult result = sirens.get(siren);
    if (result == null) {
      throw new IllegalArgumentException("SIREN " + siren + " was not part of this batch");
    }
    return result;
  }

  /**
   * Returns the result for a SIRET of the batch.
   *
   * @param siret a SIRET that was asked for
   * @return its result
   * @throws IllegalArgumentException if it was not asked for
   */
  public LookupResult get(Siret siret) {
    LookupResult result = sirets.get(siret);
    if (result == null) {
      throw new IllegalArgumentException("SIRET " + siret + " was not part of this batch");
    }
    return result;
  }
}
