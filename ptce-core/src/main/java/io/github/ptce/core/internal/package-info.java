/**
 * Internals of ptce-core, shared with the other ptce modules; not an API: may change in any
 * release.
 */
@NullMarked
package io.github.ptce.core.internal;

import org.jspecify.annotations.NullMarked;
