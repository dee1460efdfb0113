/**
 * What contributors implement: a {@link io.github.ptce.rules.spi.SchemeProvider}, registered for the
 * {@link java.util.ServiceLoader}, and the helpers that make a criterion short to write.
 */
@NullMarked
package io.github.ptce.rules.spi;

import org.jspecify.annotations.NullMarked;
