/**
 * The Région des Pays de la Loire's aid to PTCEs: provider {@link
 * io.github.ptce.rules.schemes.paysdelaloire.PaysDeLaLoirePtceScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.paysdelaloire;

import org.jspecify.annotations.NullMarked;
