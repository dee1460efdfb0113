/**
 * The base of ptce-core: {@link io.github.ptce.core.Violation}, the unit in which every input
 * problem is reported, {@link io.github.ptce.core.Validated} results, and the library's exceptions.
 */
@NullMarked
package io.github.ptce.core;

import org.jspecify.annotations.NullMarked;
