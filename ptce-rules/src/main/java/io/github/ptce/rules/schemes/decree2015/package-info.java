/**
 * Décret n° 2015-431 du 15 avril 2015, Art. 3: the conditions a PTCE must meet to answer a State call for
 * projects.
 */
@NullMarked
package io.github.ptce.rules.schemes.decree2015;

import org.jspecify.annotations.NullMarked;
