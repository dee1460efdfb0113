package io.github.ptce.registers;

import io.github.ptce.core.internal.Texts;
import io.github.ptce.registers.internal.Messages;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a register fact was read: a Sirene stock file with the date of its extract, or a call to
 * the Recherche d'entreprises API with its date and time.
 *
 * <p>The Licence Ouverte 2.0 of the Sirene data asks a re-user to name the source and the date of
 * its last update: {@link #citation(Locale)} gives both.
 *
 * <p>Immutable and thread-safe; a value type.
 */
public final class RegisterSource {
  /** The kind of source. */
  public enum Kind {
    /**
     * An INSEE Sirene stock file ({@code StockUniteLegale_utf8…}, {@code
     * StockEtablissement_utf8…}).
     */
    SIRENE_STOCK,
    /** The Recherche d'entreprises API of the Annuaire des Entreprises. */
    RECHERCHE_ENTREPRISES_API
  }

  /** How the date of a stock extract was found, from the most to the least reliable. */
  public enum ExtractDateBasis {
    /**
     * Set by the user (who knows which monthly file was downloaded: files published from the first
     * of a month show the register on the last day of the month before).
     */
    DECLARED,
    /**
     * The latest {@code dateDernierTraitement…} of the file, read from the Parquet statistics: the
     * data says it was processed up to that day, so the extract is of that day or a little later.
     */
    LATEST_PROCESSING_DATE,
    /** The modification time of the CSV inside the published ZIP, set when the archive was made. */
    ARCHIVE_ENTRY_TIME,
    /**
     * The modification time of the file on this disk: usually the day it was downloaded, so later.
     */
    FILE_MODIFIED
  }

  private final Kind kind;
  private final String name;
  private final @Nullable LocalDate extractDate;
  private final @Nullable ExtractDateBasis basis;
  private final @Nullable Instant retrievedAt;
  private final boolean fromCache;

  private RegisterSource(
      Kind kind,
      String name,
      @Nullable LocalDate extractDate,
      @Nullable ExtractDateBasis basis,
      @Nullable Instant retrievedAt,
      boolean fromCache) {
    this.kind = kind;
    this.name = name;
    this.extractDate = extractDate;
    this.basis = basis;
    this.retrievedAt = retrievedAt;
    this.fromCache = fromCache;
  }

  /**
   * A Sirene stock file.
   *
   * @param fileName the file's name as published, e.g. {@code StockUniteLegale_utf8.parquet}
   * @param extractDate the date of the extract
   * @param basis how that date was found
   * @return the source
   */
  public static RegisterSource stockFile(
      String fileName, LocalDate extractDate, ExtractDateBasis basis) {
    return new RegisterSource(
        Kind.SIRENE_STOCK,
        requireText(fileName, "fileName"),
        Objects.requireNonNull(extractDate, "extractDate"),
        Objects.requireNonNull(basis, "basis"),
        null,
        false);
  }

  /**
   * A call to the Recherche d'entreprises API.
   *
   * @param uri the URI called
   * @param retrievedAt when the answer was received (for a cached answer, when it was first
   *     received)
   * @param fromCache whether the answer was read from the on-disk cache
   * @return the source
   */
  public static RegisterSource apiCall(URI uri, Instant retrievedAt, boolean fromCache) {
    return new RegisterSource(
        Kind.RECHERCHE_ENTREPRISES_API,
        Objects.requireNonNull(uri, "uri").toString(),
        null,
        null,
        Objects.requireNonNull(retrievedAt, "retrievedAt"),
        fromCache);
  }

  private static String requireText(String text, String name) {
    if (Objects.requireNonNull(text, name).isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return text;
  }

  /**
   * Returns the kind of source.
   *
   * @return stock file or API
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the file name (stock) or the URI called (API).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the date of the stock extract.
   *
   * @return the date for a stock file, empty for the API
   */
  public Optional<LocalDate> extractDate() {
    return Optional.ofNullable(extractDate);
  }

  /**
   * Returns how the date of the stock extract was found.
   *
   * @return the basis for a stock file, empty for the API
   */
  public Optional<ExtractDateBasis> extractDateBasis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns when the API answered.
   *
   * @return the instant for the API, empty for a stock file
   */
  public Optional<Instant> retrievedAt() {
    return Optional.ofNullable(retrievedAt);
  }

  /**
   * Returns whether an API answer was read from the on-disk cache rather than received now.
   *
   * @return false for a stock file and a fresh call
   */
  public boolean fromCache() {
    return fromCache;
  }

  /**
   * Returns the date of the data: the extract date of a stock file, the UTC day of an API call.
   *
   * @return the date
   */
  public LocalDate date() {
    return extractDate != null ? extractDate : LocalDate.ofInstant(retrievedAt, ZoneOffset.UTC);
  }

  /**
   * Returns a one-line citation for a report, e.g. {@code INSEE, base Sirene,
   * StockUniteLegale_utf8.parquet, extract of 2026-10-31}.
   *
   * @param locale French or English
   * @return the citation
   */
  public String citation(Locale locale) {
    // A stock file has an extract date and its basis, an API call the instant it answered (the
    // factories).
    if (kind == Kind.SIRENE_STOCK) {
      String code = "register.source.stock." + Texts.codeSegment(Objects.requireNonNull(basis));
      return Messages.format(
          locale, code, Map.of("file", name, "date", String.valueOf(extractDate)));
    }
    return Messages.format(
        locale,
        fromCache ? "register.source.api.cache" : "register.source.api",
        Map.of("uri", name, "instant", String.valueOf(retrievedAt)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegisterSource s
        && kind == s.kind
        && name.equals(s.name)
        && Objects.equals(extractDate, s.extractDate)
        && basis == s.basis
        && Objects.equals(retrievedAt, s.retrievedAt)
        && fromCache == s.fromCache;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, extractDate, basis, retrievedAt, fromCache);
  }

  @Override
  public String toString() {
    return citation(Locale.ENGLISH);
  }
}
