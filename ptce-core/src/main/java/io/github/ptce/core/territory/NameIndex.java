package io.github.ptce.core.territory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * Names folded for search, and the ranked search over them.
 *
 * <p>Built on the first search of a {@link Geography}, not when it loads: folding 35,000 names
 * costs tens of milliseconds that a program which never searches should not pay.
 */
final class NameIndex {
  private static final int EXACT = 0;
  private static final int PREFIX = 1;
  private static final int CONTAINS = 2;
  private static final int NO_MATCH = 3;

  private final String[] folded;
  private final IntToLongFunction population;

  NameIndex(int size, IntFunction<String> names, IntToLongFunction population) {
    this.folded = new String[size];
    for (int i = 0; i < size; i++) {
      folded[i] = fold(names.apply(i));
    }
    this.population = population;
  }

  /**
   * Folds a name for comparison: lower case, accents removed, ligatures {@code œ} and {@code æ}
   * spelt out, and everything that is neither a letter nor a digit dropped, so that {@code
   * L'Île-d'Yeu}, {@code l ile d yeu} and {@code LILEDYEU} all give {@code liledyeu}.
   *
   * @param text any text
   * @return the folded text, possibly empty
   */
  static String fold(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == 'œ' || c == 'Œ') {
        out.append("oe");
      } else if (c == 'æ' || c == 'Æ') {
        out.append("ae");
      } else if (c == 'ß') {
        out.append("ss");
      } else if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * Returns the indices of the best matches: exact before prefix before contains, then by
   * population, largest first, then by index (code order), so that the result never depends on
   * anything but the data.
   *
   * @param query the text typed
   * @param limit the most results to return, at least 0
   * @return the matching indices, best first
   */
  int[] search(String query, int limit) {
    String needle = fold(query);
    if (needle.isEmpty() || limit == 0) {
      return new int[0];
    }
    // One sortable long per match: rank (2 bits), then Integer.MAX_VALUE - population (31 bits),
    // then the
    // index (20 bits), so that one primitive sort gives the order with no comparator and no boxing.
    long[] hits = new long[16];
    int count = 0;
    for (int i = 0; i < folded.length; i++) {
      int rank = rank(folded[i], needle);
      if (rank != NO_MATCH) {
        if (count == hits.length) {
          hits = Arrays.copyOf(hits, count * 2);
        }
        long inverse = Integer.MAX_VALUE - Math.min(population.applyAsLong(i), Integer.MAX_VALUE);
        hits[count++] = ((long) rank << 51) | (inverse << 20) | i;
      }
    }
    Arrays.sort(hits, 0, count);
    int[] result = new int[Math.min(count, limit)];
    for (int i = 0; i < result.length; i++) {
      result[i] = (int) (hits[i] & 0xFFFFF);
    }
    return result;
  }

  private static int rank(String name, String needle) {
    if (!name.startsWith(needle)) {
      return name.contains(needle) ? CONTAINS : NO_MATCH;
    }
    return name.length() == needle.length() ? EXACT : PREFIX;
  }
}
