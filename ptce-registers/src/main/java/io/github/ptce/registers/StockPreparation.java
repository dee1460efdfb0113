package io.github.ptce.registers;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link SireneStockBuilder#prepare()} made: a DuckDB database beside the stock files, indexed
 * by SIREN and SIRET, that every later lookup in that directory uses instead of scanning the files.
 *
 * @param database the database file ({@value SireneStockBuilder#PREPARED_FILE} in the stock
 *     directory)
 * @param bytes its size
 * @param units how many legal units it holds
 * @param establishments how many establishments it holds
 * @param unitSource the legal-unit file it was made from, with the date of its extract
 * @param establishmentSource the establishment file it was made from, with the date of its extract
 */
public record StockPreparation(
    Path database,
    long bytes,
    long units,
    long establishments,
    RegisterSource unitSource,
    RegisterSource establishmentSource) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if one is null
   */
  public StockPreparation {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(unitSource, "unitSource");
    Objects.requireNonNull(establishmentSource, "establishmentSource");
  }
}
