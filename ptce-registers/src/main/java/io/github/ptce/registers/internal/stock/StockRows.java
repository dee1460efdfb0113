package io.github.ptce.registers.internal.stock;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one batch, each column as text.
 *
 * @param units the legal units found
 * @param establishments the head offices and asked-for establishments of those units, with per-unit
 *     counts
 */
record StockRows(
    List<Map<String, @Nullable String>> units,
    List<Map<String, @Nullable String>> establishments) {}
