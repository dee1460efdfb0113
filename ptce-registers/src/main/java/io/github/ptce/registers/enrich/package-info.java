/**
 * Fills what a cluster does not say from a register lookup, never overwriting a declared fact, and
 * reports what was filled, what disagrees and what could not be found.
 *
 * <p>{@link io.github.ptce.registers.enrich.Enricher} does it: one batch lookup of every member's
 * SIREN or SIRET, then each member's absent facts (legal category, commune, activity, creation
 * date, cessation, the register's SSE flag, whether it employs staff, RNA number) from what the
 * register says, each recorded as a {@code REGISTER} source of the stakeholder naming the facts it
 * supports. {@link io.github.ptce.registers.enrich.EnrichmentReport} lists every fact filled with
 * its source and date, every conflict, unit not found, withheld field, ceased unit, closed
 * establishment and failure; {@link io.github.ptce.registers.enrich.EnrichmentFormats} writes it as
 * a text table or as versioned JSON ({@code ptce-enrichment/1}) with its JSON Schema.
 */
@NullMarked
package io.github.ptce.registers.enrich;

import org.jspecify.annotations.NullMarked;
