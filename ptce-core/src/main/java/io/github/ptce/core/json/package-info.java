/**
 * The JSON format of clusters: {@link io.github.ptce.core.json.PtceJson} reads (with limits,
 * reporting every problem with its JSON path) and writes (deterministically) the format {@code
 * ptce-cluster/2} (and reads {@code ptce-cluster/1}), and gives its JSON Schema.
 */
@NullMarked
package io.github.ptce.core.json;

import org.jspecify.annotations.NullMarked;
