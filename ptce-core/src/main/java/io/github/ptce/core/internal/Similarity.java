package io.github.ptce.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the closest word for "did you mean …?" hints. */
public final class Similarity {
  private Similarity() {}

  /**
   * Returns the candidate closest to a misspelt word: equal ignoring case, or within an edit
   * distance of one third of the word's length (at least 1, at most 3).
   *
   * @param word what was given
   * @param candidates what is allowed
   * @return the closest candidate, empty if none is close enough
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word.length() > 100) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int budget = Math.max(1, Math.min(3, word.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance =
          candidate.toLowerCase(Locale.ROOT).equals(lower)
              ? 0
              : distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance <= budget && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the Levenshtein distance of two words.
   *
   * @param a a word
   * @param b another
   * @return the number of insertions, deletions and substitutions that turn one into the other
   */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
