/** The Sirene stock files read with DuckDB; internal. */
@NullMarked
package io.github.ptce.registers.internal.stock;

import org.jspecify.annotations.NullMarked;
