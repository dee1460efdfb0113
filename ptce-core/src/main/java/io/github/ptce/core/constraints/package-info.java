/**
 * Bean Validation constraints of the ptce model, each with its validator nested in the annotation
 * and its message in the core message files, in French and English.
 */
@NullMarked
package io.github.ptce.core.constraints;

import org.jspecify.annotations.NullMarked;
