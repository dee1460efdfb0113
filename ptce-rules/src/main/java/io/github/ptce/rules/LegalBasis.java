package io.github.ptce.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The text a rule encodes: which text, which article and paragraph, in which version, where to read it,
 * a short excerpt in French, and how firmly it is established.
 *
 * <p>Every criterion and every scheme has one; a test fails otherwise. A {@link SourceStatus#SECONDARY}
 * basis is shown as such in every report, next to the result it supports.
 *
 * <p>Immutable and thread-safe.
 */
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

  /** Builds a {@link LegalBasis}; text, article, version date, URL and status are required. */
  public static final class Builder extends ImmutableLegalBasis.Builder {}

  /**
   * Returns the text, e.g. {@code Loi n° 2014-856 du 31 juillet 2014}.
   *
   * @return the title of the text
   */
  public abstract String text();

  /**
   * Returns the article, e.g. {@code Art. 9}.
   *
   * @return the article
   */
  public abstract String article();

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
   * Returns where to read the text (Légifrance, or the official page of a scheme).
   *
   * @return the URL
   */
  public abstract String url();

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
   * Returns a note on the source: what is not confirmed, where the rule reads the text in a particular way.
   *
   * @return the note, empty if none
   */
  public abstract Optional<Message> note();

  /**
   * Returns the citation, e.g. {@code Loi n° 2014-856 du 31 juillet 2014, Art. 9, I (version du 2014-08-02)}.
   *
   * @return a one-line citation
   */
  public String citation() {
    return text() + ", " + article() + paragraph().map(p -> ", " + p).orElse("")
        + " (version " + versionDate() + ")";
  }
}
