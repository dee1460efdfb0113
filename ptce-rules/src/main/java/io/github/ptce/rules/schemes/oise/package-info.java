/**
 * The Conseil départemental de l'Oise's support to PTCEs, named by the RTES note of October 2023
 * (FACTS.md § 5, FACTS-2.md § 3.6). Provider {@link
 * io.github.ptce.rules.schemes.oise.OisePtceSupportScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.oise;

import org.jspecify.annotations.NullMarked;
