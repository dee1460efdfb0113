package io.github.ptce.core.stakeholder;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Similarity;
import io.github.ptce.core.text.MessageBundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A legal form as descriptions commonly publish it — "SCIC SA", "SARL", "association loi 1901",
 * "communauté d'agglomération" — when the INSEE legal category is not known.
 *
 * <p>Each form stands for the set of INSEE level-III {@link #categories() categories} it may be,
 * and the {@link #impliedStatuses() statuses} it implies (a "SCIC SARL" is a SCIC). What the form
 * tells is what all its categories share: a "SARL" is a legal person of private law and not SSE by
 * its form; a "SCIC SARL" is a cooperative, SSE by its form; an "établissement public" is of public
 * law; where the categories disagree the answer is empty and the rules leave it unknown. The table
 * and its reading (which published name stands for which codes) ship with the library in {@code
 * legal-forms.tsv}, with their sources.
 *
 * <p>{@link #parse(CharSequence)} accepts the name or one of its usual variants, ignoring case,
 * accents and punctuation ({@code "S.C.I.C. s.a."}, {@code "Association loi de 1901"}); an unknown
 * text is an error with the closest names as {@link #suggestions(CharSequence, int) suggestions},
 * never a guess.
 *
 * <p>Immutable and thread-safe; a value type compared by name.
 */
public final class LegalForm implements Comparable<LegalForm> {
  static final String TYPE = "legalForm";
  private static final String TABLE = "legal-forms.tsv";

  private final String name;
  private final String englishName;
  private final SortedSet<LegalCategory> categories;
  private final Set<SpecificStatus> statuses;
  private final List<String> keys;

  private LegalForm(
      String name,
      String englishName,
      SortedSet<LegalCategory> categories,
      Set<SpecificStatus> statuses,
      List<String> keys) {
    this.name = name;
    this.englishName = englishName;
    this.categories = categories;
    this.statuses = statuses;
    this.keys = keys;
  }

  /**
   * Parses a legal form as published.
   *
   * @param text the name of a form or one of its usual variants, e.g. {@code SCIC SA}, {@code
   *     sarl}, {@code association loi 1901}
   * @return the form
   * @throws InvalidValueException with value type {@code legalForm} and reason {@code BLANK}, or
   *     {@code INVALID_FORMAT} for a text the table does not know (see {@link
   *     #suggestions(CharSequence, int)})
   */
  public static LegalForm parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.toString().isBlank()) {
      throw new InvalidValueException(TYPE, Reason.BLANK, text.toString());
    }
    return find(text)
        .orElseThrow(() -> new InvalidValueException(TYPE, Reason.INVALID_FORMAT, text.toString()));
  }

  /**
   * Finds a legal form by its name or one of its usual variants.
   *
   * @param text the text
   * @return the form, empty if the table has no such name
   */
  public static Optional<LegalForm> find(CharSequence text) {
    return Optional.ofNullable(Table.BY_KEY.get(normalize(text)));
  }

  /**
   * Returns the forms whose names are closest to a text, for a "did you mean …?" hint.
   *
   * @param text what was given
   * @param limit the most names to return
   * @return the closest forms, best first; empty when none is close
   */
  public static List<LegalForm> suggestions(CharSequence text, int limit) {
    String key = normalize(text);
    if (key.isEmpty() || key.length() > 120) {
      return List.of();
    }
    Map<LegalForm, Integer> best = new LinkedHashMap<>();
    for (LegalForm form : Table.ALL) {
      int score = Integer.MAX_VALUE;
      for (String candidate : form.keys) {
        int distance = Similarity.distance(key, candidate);
        if (key.length() >= 4 && candidate.startsWith(key)) {
          distance = Math.min(distance, Math.abs(candidate.length() - key.length()) / 4);
        }
        score = Math.min(score, distance);
      }
      if (score <= Math.max(2, key.length() / 3)) {
        best.put(form, score);
      }
    }
    List<LegalForm> sorted = new ArrayList<>(best.keySet());
    sorted.sort(Comparator.comparingInt((LegalForm f) -> best.get(f)).thenComparing(f -> f.name));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  /**
   * Returns every form of the table, in the table's order.
   *
   * @return an unmodifiable list
   */
  public static List<LegalForm> all() {
    return Table.ALL;
  }

  /**
   * Lower case, without accents, dots, other punctuation or repeated spaces: how names are
   * compared.
   */
  static String normalize(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (c == '.') {
        // Dropped: "S.C.I.C." is "SCIC".
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /**
   * Returns the French name, as the library writes it.
   *
   * @return e.g. {@code SCIC SA}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the name in a language.
   *
   * @param locale French for a French locale, English otherwise
   * @return the name
   */
  public String name(Locale locale) {
    return MessageBundle.isFrench(locale) ? name : englishName;
  }

  /**
   * Returns the INSEE legal categories a unit of this form may have.
   *
   * @return at least one category, in code order
   */
  public SortedSet<LegalCategory> categories() {
    return categories;
  }

  /**
   * Returns whether a category is one this form may have.
   *
   * @param category an INSEE legal category
   * @return true if it is among {@link #categories()}
   */
  public boolean allows(LegalCategory category) {
    return categories.contains(category);
  }

  /**
   * Returns the statuses the form implies, such as {@link SpecificStatus#SCIC} for a "SCIC SA".
   *
   * @return the statuses, possibly none
   */
  public Set<SpecificStatus> impliedStatuses() {
    return statuses;
  }

  /**
   * Returns the family all the categories of the form share; a form that implies a SCOP, a SCIC or
   * a CAE is a cooperative whatever its company codes (FACTS.md § 8: no INSEE code tells them from
   * another SAS or SARL).
   *
   * @return the family, empty when they differ or one is not classified
   */
  public Optional<LegalFamily> family() {
    if (isCooperative()) {
      return Optional.of(LegalFamily.COOPERATIVE);
    }
    LegalFamily family = categories.first().family();
    for (LegalCategory category : categories) {
      if (category.family() != family || !category.isClassified()) {
        return Optional.empty();
      }
    }
    return Optional.of(family);
  }

  /**
   * Returns whether the form is of private law, when all its categories agree.
   *
   * @return true or false, empty when the library cannot tell
   */
  public Optional<Boolean> privateLaw() {
    return shared(LegalCategory::privateLaw);
  }

  /**
   * Returns whether units of the form have legal personality, when all its categories agree.
   *
   * @return true or false, empty when the library cannot tell
   */
  public Optional<Boolean> legalPerson() {
    return shared(LegalCategory::legalPerson);
  }

  /**
   * Returns whether the form alone makes an SSE enterprise under Art. 1 II 1° of loi n° 2014-856:
   * yes for a form that implies a SCOP, a SCIC or a CAE (a cooperative, "constituée sous la forme
   * de coopérative"), else yes or no when all its categories agree, undetermined otherwise.
   *
   * @return yes, no, or undetermined
   */
  public SseByLegalForm sseByLegalForm() {
    if (isCooperative()) {
      return SseByLegalForm.YES;
    }
    SseByLegalForm first = categories.first().sseByLegalForm();
    for (LegalCategory category : categories) {
      if (category.sseByLegalForm() != first) {
        return SseByLegalForm.UNDETERMINED;
      }
    }
    return first;
  }

  private boolean isCooperative() {
    return statuses.contains(SpecificStatus.SCOP)
        || statuses.contains(SpecificStatus.SCIC)
        || statuses.contains(SpecificStatus.CAE);
  }

  private Optional<Boolean> shared(
      java.util.function.Function<LegalCategory, Optional<Boolean>> property) {
    Optional<Boolean> first = property.apply(categories.first());
    if (first.isEmpty()) {
      return first;
    }
    for (LegalCategory category : categories) {
      if (!first.equals(property.apply(category))) {
        return Optional.empty();
      }
    }
    return first;
  }

  @Override
  public int compareTo(LegalForm other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegalForm f && name.equals(f.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the French name, as written in a cluster document. */
  @Override
  public String toString() {
    return name;
  }

  /** The table, read once on first use. */
  private static final class Table {
    static final List<LegalForm> ALL;
    static final Map<String, LegalForm> BY_KEY;

    static {
      List<LegalForm> all = new ArrayList<>();
      Map<String, LegalForm> byKey = new LinkedHashMap<>();
      try (InputStream in = LegalForm.class.getResourceAsStream(TABLE)) {
        Objects.requireNonNull(in, "missing resource " + TABLE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isEmpty() || line.startsWith("#") || line.startsWith("name\t")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          if (cells.length != 5) {
            throw new IllegalStateException(TABLE + ": expected 5 cells in line " + line);
          }
          SortedSet<LegalCategory> categories = new TreeSet<>();
          for (String code : cells[2].split(",", -1)) {
            LegalCategory category = LegalCategory.parse(code);
            if (category.label().isEmpty()) {
              throw new IllegalStateException(TABLE + ": " + code + " is not in INSEE's table");
            }
            categories.add(category);
          }
          Set<SpecificStatus> statuses = EnumSet.noneOf(SpecificStatus.class);
          for (String status : cells[3].split(",", -1)) {
            if (!status.isBlank()) {
              statuses.add(SpecificStatus.valueOf(status.trim()));
            }
          }
          List<String> keys = new ArrayList<>();
          keys.add(normalize(cells[0]));
          for (String alias : cells[4].split("\\|", -1)) {
            if (!alias.isBlank()) {
              keys.add(normalize(alias));
            }
          }
          LegalForm form =
              new LegalForm(
                  cells[0],
                  cells[1],
                  Collections.unmodifiableSortedSet(categories),
                  Collections.unmodifiableSet(statuses),
                  List.copyOf(keys));
          for (String key : keys) {
            LegalForm previous = byKey.putIfAbsent(key, form);
            if (previous != null && !previous.equals(form)) {
              throw new IllegalStateException(
                  TABLE + ": \"" + key + "\" names both " + previous + " and " + form);
            }
          }
          all.add(form);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ALL = List.copyOf(all);
      BY_KEY = Collections.unmodifiableMap(byKey);
    }
  }
}
