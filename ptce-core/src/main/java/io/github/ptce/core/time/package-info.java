/**
 * Dates as descriptions of clusters give them: to the day, or only to the month or the year ({@link
 * io.github.ptce.core.time.PartialDate}).
 */
@NullMarked
package io.github.ptce.core.time;

import org.jspecify.annotations.NullMarked;
