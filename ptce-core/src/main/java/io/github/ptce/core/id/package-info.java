/**
 * Identifiers of organisations and activity codes: {@link io.github.ptce.core.id.Siren}, {@link
 * io.github.ptce.core.id.Siret}, {@link io.github.ptce.core.id.Rna} and the activity sector {@link
 * io.github.ptce.core.id.NafCode}, each parsed with its checksum or syntax rule and a stable reason
 * code on failure.
 */
@NullMarked
package io.github.ptce.core.id;

import org.jspecify.annotations.NullMarked;
