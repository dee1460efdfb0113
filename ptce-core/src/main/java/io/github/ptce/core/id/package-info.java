/**
 * Identifiers of organisations: {@link io.github.ptce.core.id.Siren}, {@link io.github.ptce.core.id.Siret}
 * and {@link io.github.ptce.core.id.Rna}, each parsed with its checksum rule and a stable reason code on
 * failure.
 */
@NullMarked
package io.github.ptce.core.id;

import org.jspecify.annotations.NullMarked;
