/**
 * French administrative geography: commune, EPCI, département and région codes, the {@link
 * io.github.ptce.core.territory.Perimeter} of a cluster (a union of them), and the bundled
 * reference data that gives them meaning.
 */
@NullMarked
@PtceStyle
package io.github.ptce.core.territory;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
