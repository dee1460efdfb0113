package io.github.ptce.registers;

import java.util.Objects;

/**
 * One value read from a register, with what it was read from: the text as the register writes it,
 * the column (stock file) or JSON field (API), and the source with its date.
 *
 * <p>An enricher copies {@link #value()} into a cluster and cites {@link #source()} and {@link
 * #field()}; {@link #raw()} is what a person checking the register would see there (for a commune,
 * the published arrondissement code behind the city's code).
 *
 * @param <T> the type of the value
 * @param value the value, typed
 * @param raw the text as the register writes it
 * @param field the stock-file column (e.g. {@code categorieJuridiqueUniteLegale}) or the JSON path
 *     in the API's answer (e.g. {@code siege.commune})
 * @param source where and when it was read
 */
public record RegisterFact<T>(T value, String raw, String field, RegisterSource source) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RegisterFact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(source, "source");
  }
}
