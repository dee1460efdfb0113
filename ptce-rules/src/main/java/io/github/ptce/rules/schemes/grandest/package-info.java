/**
 * The Région Grand Est's « GE Initiatives territoriales »: provider {@link
 * io.github.ptce.rules.schemes.grandest.InitiativesTerritorialesScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.grandest;

import org.jspecify.annotations.NullMarked;
