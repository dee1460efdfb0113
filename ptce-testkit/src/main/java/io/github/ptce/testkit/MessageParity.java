package io.github.ptce.testkit;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * French and English in step: every message file has the same keys in both languages, no blank
 * text, and the same {@code {name}} placeholders in both; every scheme and criterion has a title
 * (and a scheme its summary) with a text of its own in both languages, and a legal basis one can
 * open.
 *
 * <p>The problems are returned as lines that name the file, the key or the scheme at fault, so that
 * a test shows them all at once:
 *
 * <pre>{@code
 * @Test
 * void messagesAreBilingual() {
 *   MessageParity.check(new ExampleProvider().schemes());
 * }
 * }</pre>
 *
 * The message files checked for schemes are those their texts come from ({@link Message#bundle()}):
 * a scheme's own, and those of the ready-made pieces of the SPI it uses.
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageParity {
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale FR = Locale.FRENCH;

  private MessageParity() {}

  /**
   * Returns what is wrong with message files: a key in one language only, a blank text,
   * placeholders that differ between the languages.
   *
   * @param bundles the message files
   * @return one line per problem, empty when there is none
   */
  public static List<String> problems(Collection<MessageBundle> bundles) {
    List<String> problems = new ArrayList<>();
    for (MessageBundle bundle : bundles) {
      String base = bundle.baseName();
      Set<String> english = new TreeSet<>(bundle.keys(EN));
      Set<String> french = new TreeSet<>(bundle.keys(FR));
      if (english.isEmpty()) {
        problems.add(base + ": no English text");
      }
      Set<String> notInFrench = new TreeSet<>(english);
      notInFrench.removeAll(french);
      Set<String> notInEnglish = new TreeSet<>(french);
      notInEnglish.removeAll(english);
      if (!notInFrench.isEmpty()) {
        problems.add(base + ": not in French: " + notInFrench);
      }
      if (!notInEnglish.isEmpty()) {
        problems.add(base + ": not in English: " + notInEnglish);
      }
      for (String key : english) {
        String en = bundle.template(EN, key);
        if (en.isBlank()) {
          problems.add(base + ": empty English text for " + key);
        }
        if (!french.contains(key)) {
          continue;
        }
        String fr = bundle.template(FR, key);
        if (fr.isBlank()) {
          problems.add(base + ": empty French text for " + key);
        }
        if (!placeholders(en).equals(placeholders(fr))) {
          problems.add(
              base
                  + ": "
                  + key
                  + " has the placeholders "
                  + placeholders(en)
                  + " in English and "
                  + placeholders(fr)
                  + " in French");
        }
      }
    }
    return problems;
  }

  /**
   * Returns what is wrong with the texts of schemes: the problems of the message files they come
   * from, and a scheme or criterion whose title, summary, grant description or legal-basis note has
   * no text of its own in both languages (blank, its key shown, its key missing from the French
   * file, a placeholder left), or whose legal basis has no text, article or web address.
   *
   * @param schemes the schemes
   * @return one line per problem, empty when there is none
   */
  public static List<String> schemeProblems(Collection<Scheme> schemes) {
    List<String> problems = new ArrayList<>();
    IdentityHashMap<MessageBundle, Boolean> bundles = new IdentityHashMap<>();
    Map<String, Message> texts = new LinkedHashMap<>();
    for (Scheme scheme : schemes) {
      texts.put(scheme.id() + " title", scheme.title());
      texts.put(scheme.id() + " summary", scheme.summary());
      scheme.grant().ifPresent(g -> texts.put(scheme.id() + " grant", g.description()));
      basis(scheme.legalBasis(), scheme.id(), texts, problems);
      for (Criterion criterion : scheme.allCriteria()) {
        texts.put(criterion.id() + " title", criterion.title());
        List<LegalBasis> versions = criterion.legalBases();
        if (versions.isEmpty()) {
          problems.add(criterion.id() + " has no legal basis");
        }
        for (LegalBasis basis : versions) {
          basis(basis, criterion.id(), texts, problems);
        }
      }
    }
    for (Map.Entry<String, Message> text : texts.entrySet()) {
      bundles.put(text.getValue().bundle(), Boolean.TRUE);
      bilingual(text.getValue(), text.getKey(), problems);
    }
    List<String> all = problems(bundles.keySet());
    all.addAll(problems);
    return all;
  }

  /**
   * Checks message files.
   *
   * @param bundles the message files
   * @throws AssertionError listing every problem of {@link #problems(Collection)}
   */
  public static void check(Collection<MessageBundle> bundles) {
    fail(problems(bundles));
  }

  /**
   * Checks the texts of schemes and the message files they come from.
   *
   * @param schemes the schemes
   * @throws AssertionError listing every problem of {@link #schemeProblems(Collection)}
   */
  public static void checkSchemes(Collection<Scheme> schemes) {
    if (schemes.isEmpty()) {
      throw new AssertionError("no scheme to check");
    }
    fail(schemeProblems(schemes));
  }

  private static void fail(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " problem(s) of French and English texts:\n"
              + String.join("\n", problems));
    }
  }

  private static void basis(
      LegalBasis basis, String owner, Map<String, Message> texts, List<String> problems) {
    // Some official pages of regional schemes are only served over http; a basis is never a file or
    // a script.
    if (!basis.url().startsWith("https://") && !basis.url().startsWith("http://")) {
      problems.add(owner + " cites " + basis.url() + ", which is not a web address");
    }
    if (basis.text().isBlank()
        || basis.publisher().isBlank()
        || basis.article().map(String::isBlank).orElse(false)) {
      problems.add(owner + " cites a basis without its text, its publisher or a blank article");
    }
    basis.note().ifPresent(note -> texts.put(owner + " basis note " + note.key(), note));
  }

  /**
   * A message has a text of its own in both languages: its key is in the French file of its bundle.
   */
  private static void bilingual(Message message, String what, List<String> problems) {
    String english = message.text(EN);
    String french = message.text(FR);
    if (english.isBlank() || french.isBlank()) {
      problems.add(what + " has no text in " + (english.isBlank() ? "English" : "French"));
    }
    if (english.equals(message.key()) || french.equals(message.key())) {
      problems.add(what + " shows its key " + message.key());
    }
    if (!message.bundle().keys(FR).contains(message.key())) {
      problems.add(
          what
              + ": "
              + message.key()
              + " is not in the French file "
              + message.bundle().baseName());
    }
    if (english.contains("{") || french.contains("{")) {
      problems.add(what + " has a placeholder left: " + english);
    }
  }

  private static Set<String> placeholders(String text) {
    return MessageBundle.placeholders(text);
  }
}
