/**
 * What contributors implement: a {@link io.github.ptce.rules.spi.SchemeProvider}, registered for
 * the {@link java.util.ServiceLoader}, and the helpers that make a criterion short to write.
 *
 * <p>Criteria that several schemes need, each taking its texts from its scheme's bundle under the
 * key convention {@code <criterion id>.<reason>} of {@link io.github.ptce.rules.spi.BaseCriterion}:
 *
 * <ul>
 *   <li>{@link io.github.ptce.rules.spi.TerritoryCriterion}: the cluster lies in the scheme's
 *       territory (a straddling perimeter is left to the funder, a missing one is asked for);
 *   <li>{@link io.github.ptce.rules.spi.WindowCriterion}: the scheme takes applications at the
 *       date, for a scheme whose dates are not all published;
 *   <li>{@link io.github.ptce.rules.spi.UndecidedCriterion}: a condition that is not published, or
 *       that only a declaration or a judgement can answer;
 *   <li>{@link io.github.ptce.rules.spi.CarrierCriterion}: a base for "the structure that applies
 *       is of an eligible kind".
 * </ul>
 */
@NullMarked
package io.github.ptce.rules.spi;

import org.jspecify.annotations.NullMarked;
