/**
 * The Région Occitanie's support for cooperation and pooling groupings that generate economic
 * activity and jobs, named by the RTES note of October 2023 (FACTS.md § 5, FACTS-2.md § 3.3).
 * Provider {@link io.github.ptce.rules.schemes.occitanie.OccitanieCooperationScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.occitanie;

import org.jspecify.annotations.NullMarked;
