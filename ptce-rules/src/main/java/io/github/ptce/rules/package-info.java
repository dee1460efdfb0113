/**
 * The eligibility engine and its rule model: {@link io.github.ptce.rules.EligibilityEngine}
 * evaluates a cluster against the {@link io.github.ptce.rules.Scheme}s of a {@link
 * io.github.ptce.rules.SchemeCatalog} and answers with an {@link
 * io.github.ptce.rules.EligibilityReport}: per scheme an outcome, the result of each {@link
 * io.github.ptce.rules.Criterion} with the law it cites, the facts that are missing and what would
 * change the decision.
 */
@NullMarked
@PtceStyle
package io.github.ptce.rules;

import io.github.ptce.core.internal.PtceStyle;
import org.jspecify.annotations.NullMarked;
