/**
 * The cooperation of a cluster: its {@link io.github.ptce.core.cooperation.CooperationStrategy}
 * (modes, shared activities, dates) and the innovative {@link
 * io.github.ptce.core.cooperation.Project}s it serves.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.cooperation;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
