/**
 * The Région Nouvelle-Aquitaine's schemes to support the leadership of job-creating territorial
 * cooperation processes, named by the RTES note of October 2023 (FACTS.md § 5, FACTS-2.md § 3.4).
 * Provider {@link
 * io.github.ptce.rules.schemes.nouvelleaquitaine.NouvelleAquitaineCooperationScheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.nouvelleaquitaine;

import org.jspecify.annotations.NullMarked;
