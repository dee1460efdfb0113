/**
 * The national charter of the PTCEs (2014, updated in 2021): provider {@link
 * io.github.ptce.rules.schemes.charter.PtceCharterScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.charter;

import org.jspecify.annotations.NullMarked;
