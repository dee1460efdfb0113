/**
 * Where the facts of a cluster come from: {@link io.github.ptce.core.provenance.Source}s, each of a
 * {@link io.github.ptce.core.provenance.SourceKind} (declared by the cluster, published, read from
 * an official register, inferred), so that a report can show what its answer rests on.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.provenance;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
