/**
 * Facts about French legal units and establishments from official registers, looked up by SIREN or
 * SIRET, each value with where it came from.
 *
 * <p>{@link io.github.ptce.registers.RegisterLookup} is the one interface; it has two
 * implementations, opened with its static factories: {@link
 * io.github.ptce.registers.RegisterLookup#sireneStock(java.nio.file.Path)} (the INSEE Sirene stock
 * files as published on data.gouv.fr, read with DuckDB) and {@link
 * io.github.ptce.registers.RegisterLookup#rechercheEntreprises()} (the free Recherche d'entreprises
 * API). Lookups are batch-first: a collection of identifiers in, one {@link
 * io.github.ptce.registers.LookupResult} per identifier out.
 *
 * <p>Values are given as the register states them: a {@link io.github.ptce.registers.RegisterFact}
 * carries the value, the text it was read from, the column or JSON field, and the {@link
 * io.github.ptce.registers.RegisterSource} (file and extract date, or API call and its time).
 * Nothing here decides what a fact means for the law: the SSE flag of the register is reported,
 * never interpreted.
 */
@NullMarked
package io.github.ptce.registers;

import org.jspecify.annotations.NullMarked;
