/**
 * The hybrid resources of a cluster: a {@link io.github.ptce.core.resources.ResourceMix} per year,
 * in exact {@link io.github.ptce.core.resources.Amount}s, with derived {@link
 * io.github.ptce.core.resources.MixShares}.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.resources;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
