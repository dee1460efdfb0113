/**
 * The persons of a cluster: {@link io.github.ptce.core.stakeholder.Stakeholder}, their {@link
 * io.github.ptce.core.stakeholder.LegalCategory}, kind and {@link
 * io.github.ptce.core.stakeholder.SseStatus} with its evidence.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.stakeholder;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
