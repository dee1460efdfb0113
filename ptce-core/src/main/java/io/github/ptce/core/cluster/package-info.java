/**
 * The cluster itself: {@link io.github.ptce.core.cluster.Cluster}, its {@link
 * io.github.ptce.core.cluster.Membership}s, coordination, stage and the support it received.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.cluster;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
