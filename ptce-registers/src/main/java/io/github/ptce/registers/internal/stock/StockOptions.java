package io.github.ptce.registers.internal.stock;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The options of a stock lookup, as the builder checked them.
 *
 * @param directory where the stock files are
 * @param memoryLimitBytes DuckDB's memory limit
 * @param threads DuckDB's threads
 * @param extractDate the declared date of the extract, or null to read it from the files
 * @param workDirectory where ZIPs are unpacked and DuckDB spills
 * @param names whether legal units' names are read
 * @param usePrepared whether a prepared database in the directory is read instead of the files
 */
public record StockOptions(
    Path directory,
    long memoryLimitBytes,
    int threads,
    @Nullable LocalDate extractDate,
    Path workDirectory,
    boolean names,
    boolean usePrepared) {}
