/**
 * The Région Hauts-de-France's « Aide aux coopérations territoriales économiques » (COTE): provider
 * {@link io.github.ptce.rules.schemes.hautsdefrance.CoteScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.hautsdefrance;

import org.jspecify.annotations.NullMarked;
