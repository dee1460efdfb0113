package io.github.ptce.registers;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Looks up legal units and establishments in an official register, by SIREN and by SIRET, in
 * batches.
 *
 * <p>Two implementations, opened with the static factories:
 *
 * <ul>
 *   <li>{@link #sireneStock(Path)}: the INSEE Sirene stock files of a directory (Parquet, or CSV in
 *       ZIP as published), read with DuckDB. A batch costs one scan of each file, about the same
 *       for 1,000 or 100,000 identifiers: send them together.
 *   <li>{@link #rechercheEntreprises()}: the Recherche d'entreprises API, one call per identifier,
 *       at most 7 per second.
 * </ul>
 *
 * <pre>{@code
 * try (RegisterLookup sirene = RegisterLookup.sireneStock(Path.of("/data/sirene")).open()) {
 *   LookupBatch batch = sirene.lookup(List.of(Siren.parse("356000000")), List.of());
 *   batch.get(Siren.parse("356000000")).legalUnit()
 *       .flatMap(LegalUnit::legalCategory)
 *       .ifPresent(c -> System.out.println(c.value() + " — " + c.source().citation(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe: several threads may look up at once. They hold resources (a
 * DuckDB database and temporary files, or threads and an HTTP client): close them. Using a closed
 * lookup throws {@link IllegalStateException}.
 */
public interface RegisterLookup extends AutoCloseable {

  /**
   * Starts opening the Sirene stock files of a directory.
   *
   * @param directory the directory holding {@code StockUniteLegale_utf8.parquet} or {@code .zip}
   *     and {@code StockEtablissement_utf8.parquet} or {@code .zip}, as published on data.gouv.fr
   * @return a builder of options; {@link SireneStockBuilder#open()} opens it
   */
  static SireneStockBuilder sireneStock(Path directory) {
    return new SireneStockBuilder(directory);
  }

  /**
   * Starts building a client of the Recherche d'entreprises API.
   *
   * @return a builder of options; {@link RechercheEntreprisesBuilder#build()} builds it
   */
  static RechercheEntreprisesBuilder rechercheEntreprises() {
    return new RechercheEntreprisesBuilder();
  }

  /**
   * Looks up SIRENs and SIRETs in one batch.
   *
   * @param sirens the legal units to look up (duplicates are looked up once)
   * @param sirets the establishments to look up
   * @return one result per distinct identifier, in the order given
   * @throws RegisterException if the register cannot be used at all (a file unreadable, the API
   *     unreachable); an error about one identifier is a {@link LookupStatus#FAILED} result instead
   * @throws IllegalStateException if the lookup is closed
   */
  LookupBatch lookup(Collection<Siren> sirens, Collection<Siret> sirets);

  /**
   * Looks up SIRENs.
   *
   * @param sirens the legal units
   * @return one result per distinct SIREN, in the order given
   * @throws RegisterException as {@link #lookup(Collection, Collection)}
   */
  default Map<Siren, LookupResult> lookupSirens(Collection<Siren> sirens) {
    return lookup(sirens, List.of()).sirens();
  }

  /**
   * Looks up SIRETs.
   *
   * @param sirets the establishments
   * @return one result per distinct SIRET, in the order given
   * @throws RegisterException as {@link #lookup(Collection, Collection)}
   */
  default Map<Siret, LookupResult> lookupSirets(Collection<Siret> sirets) {
    return lookup(List.of(), sirets).sirets();
  }

  /**
   * Looks up one SIREN. Prefer a batch for several.
   *
   * @param siren the legal unit
   * @return its result
   * @throws RegisterException as {@link #lookup(Collection, Collection)}
   */
  default LookupResult lookup(Siren siren) {
    return lookup(List.of(siren), List.of()).get(siren);
  }

  /**
   * Looks up one SIRET. Prefer a batch for several.
   *
   * @param siret the establishment
   * @return its result
   * @throws RegisterException as {@link #lookup(Collection, Collection)}
   */
  default LookupResult lookup(Siret siret) {
    return lookup(List.of(), List.of(siret)).get(siret);
  }

  /** Releases what the lookup holds; idempotent. It does not throw a checked exception. */
  @Override
  void close();
}
