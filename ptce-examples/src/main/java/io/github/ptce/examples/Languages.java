package io.github.ptce.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages of ptce, and how a command line or an HTTP request chooses one. */
public final class Languages {
  private Languages() {}

  /**
   * Returns the language of a {@code --lang} value.
   *
   * @param tag {@code fr} or {@code en} (case and region ignored: {@code fr-FR}, {@code en_GB})
   * @return French or English, empty for anything else
   */
  public static Optional<Locale> parse(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String language = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = language.indexOf('-');
    if (dash > 0) {
      language = language.substring(0, dash);
    }
    return switch (language) {
      case "fr" -> Optional.of(Locale.FRENCH);
      case "en" -> Optional.of(Locale.ENGLISH);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the language that follows a locale: French for a French locale, English for any other.
   *
   * @param locale e.g. the system's default locale
   * @return French or English
   */
  public static Locale follow(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
  }

  /**
   * Chooses French or English from an HTTP {@code Accept-Language} header, honouring quality
   * values: the language of highest quality among French and English wins, English when the header
   * names neither or cannot be read.
   *
   * @param header the header value, may be null
   * @return French or English
   */
  public static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank() || header.length() > 1000) {
      return Locale.ENGLISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      for (Locale.LanguageRange range : ranges) {
        if (range.getWeight() <= 0) {
          continue;
        }
        Optional<Locale> known = parse(range.getRange());
        if (known.isPresent()) {
          return known.get();
        }
      }
    } catch (IllegalArgumentException e) {
      // A malformed header is not an error worth refusing a request for.
    }
    return Locale.ENGLISH;
  }
}
