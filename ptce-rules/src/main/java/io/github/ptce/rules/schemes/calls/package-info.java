/**
 * The State calls for projects of 2013 and 2015, closed: provider
 * {@link io.github.ptce.rules.schemes.calls.StateCallSchemes}.
 */
@NullMarked
package io.github.ptce.rules.schemes.calls;

import org.jspecify.annotations.NullMarked;
