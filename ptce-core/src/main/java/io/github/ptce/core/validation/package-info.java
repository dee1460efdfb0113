/**
 * Validation of clusters: {@link io.github.ptce.core.validation.ClusterValidator}, which reports
 * every violation at once with its JSON path and a message in French or English.
 */
@NullMarked
package io.github.ptce.core.validation;

import org.jspecify.annotations.NullMarked;
