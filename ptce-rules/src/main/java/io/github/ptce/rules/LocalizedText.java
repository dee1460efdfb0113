package io.github.ptce.rules;

import java.util.Locale;

/**
 * A text a person reads, in French or English: a {@link Message}, a label of an enumerated value or
 * a date as it is known ({@link Labels}). A message may take one as an argument; it is put in the
 * reader's language when the message is.
 */
public interface LocalizedText {

  /**
   * Returns the text in a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return the text
   */
  String text(Locale locale);
}
