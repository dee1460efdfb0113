package io.github.ptce.rules;

import io.github.ptce.core.time.PartialDate;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The text a rule encodes and the public source it was read in: which text, which article and
 * paragraph, in which version; where to read it ({@link #url()}), who publishes that page or
 * document ({@link #publisher()}), its date ({@link #published()}) and whether it is the text
 * itself or an account of it ({@link #primary()}); a short excerpt in French; and how firmly it is
 * established ({@link #status()}).
 *
 * <p>A report cites the public source itself, so that a reader can open it and check: never the
 * project's own research notes. Every criterion and every scheme has a basis; a test fails
 * otherwise. A {@link SourceStatus#SECONDARY} basis is shown as such in every report, next to the
 * result it supports.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings(
    "exports") // Immutables' annotations are for ptce's build only (see module-info.java).
@Value.Immutable
public abstract class LegalBasis {

  LegalBasis() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LegalBasis}; text, version date, URL, publisher, whether the source is primary,
   * and status are required.
   */
  public static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }

  /**
   * Returns the text, e.g. {@code Loi n° 2014-856 du 31 juillet 2014}.
   *
   * @return the title of the text
   */
  public abstract String text();

  /**
   * Returns the article or the part of the source the rule rests on, e.g. {@code Art. 9}, as the
   * source itself names it.
   *
   * @return the article, empty for a page or document without numbered or named parts
   */
  public abstract Optional<String> article();

  /**
   * Returns the paragraph or item, e.g. {@code I} or {@code 2°}.
   *
   * @return the paragraph, empty for the whole article
   */
  public abstract Optional<String> paragraph();

  /**
   * Returns the date of the version of the text the rule encodes (its entry into force).
   *
   * @return the version date
   */
  public abstract LocalDate versionDate();

  /**
   * Returns where to read the source (Légifrance, the official page of a scheme, a copy of a
   * regulation, or the secondary source a rule rests on).
   *
   * @return the URL
   */
  public abstract String url();

  /**
   * Returns who publishes the page or document at {@link #url()}: {@code Légifrance}, {@code Région
   * Hauts-de-France}, {@code RTES}, the site that holds a copy, a press site.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * Returns the date of the source: the day a text was signed, or a page or document was published,
   * known to the day, the month or the year.
   *
   * @return the date, empty when the source carries none or it was not recorded
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns whether the source is primary: the text itself, the issuer's own page, or a copy of the
   * text; rather than a secondary account of it (press, a network's page, a relay, a summary).
   *
   * @return true for a primary source
   */
  public abstract boolean primary();

  /**
   * Returns a short excerpt of the text, in French.
   *
   * @return the excerpt, empty if none is quoted
   */
  public abstract Optional<String> excerpt();

  /**
   * Returns how firmly the text is established.
   *
   * @return confirmed or secondary
   */
  public abstract SourceStatus status();

  /**
   * Returns a note on the source: what is not confirmed, where the rule reads the text in a
   * particular way.
   *
   * @return the note, empty if none
   */
  public abstract Optional<Message> note();

  /**
   * Returns the citation, e.g. {@code Loi n° 2014-856 du 31 juillet 2014, Art. 9, I (version
   * 2014-08-02)}.
   *
   * @return a one-line citation of the text, the same in every language
   */
  public String citation() {
    return text()
        + article().map(a -> ", " + a).orElse("")
        + paragraph().map(p -> ", " + p).orElse("")
        + " (version "
        + versionDate()
        + ")";
  }

  /**
   * Returns the source in a reader's words: its publisher, its date and whether it is primary, e.g.
   * "Légifrance, 2014-07-31, primary source", « RTES, octobre 2023, source secondaire ».
   *
   * @return the text, a message of the engine
   */
  public Message source() {
    Map<String, Object> arguments =
        Map.of(
            "publisher",
            publisher(),
            "date",
            published().<Object>map(Labels::of).orElse(EngineMessages.of("basis.undated")));
    return EngineMessages.of(primary() ? "basis.primary" : "basis.secondary", arguments);
  }

  @Value.Check
  void check() {
    if (publisher().isBlank()) {
      throw new IllegalStateException(
          "a legal basis names the publisher of its source: " + citation());
    }
    if (!url().startsWith("https://") && !url().startsWith("http://")) {
      throw new IllegalStateException("a legal basis has a web address: " + citation());
    }
  }
}
