package io.github.ptce.core.stakeholder;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.InvalidValueException.Reason;
import io.github.ptce.core.internal.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An INSEE legal category ("catégorie juridique", level III): a 4-digit code, with its French
 * label, its {@link LegalFamily} and whether the form is SSE by legal form (Art. 1 II 1° of loi n°
 * 2014-856).
 *
 * <p>The library holds INSEE's table of level-III codes with their French labels ({@code
 * legal-categories.tsv} next to this class, with its sources). Only the codes that FACTS.md § 8
 * classifies have a family and an SSE-by-form answer; the others, and a well-formed code that is
 * not in the table at all, are accepted as {@link LegalFamily#UNCLASSIFIED} with an undetermined
 * SSE status: INSEE adds codes, and a user must not be blocked by the library's table.
 *
 * <p>The category is a strong signal for SSE status, never the whole answer: there is no code for a
 * SCIC or a CAE, and a commercial company is SSE only with the conditions of Art. 1 II 2° (see
 * {@link SseStatus}).
 *
 * <p>Immutable and thread-safe; a value type compared by code.
 */
public final class LegalCategory implements Comparable<LegalCategory> {
  static final String TYPE = "legalCategory";
  private static final String TABLE = "legal-categories.tsv";

  private final String code;
  private final @Nullable String label;
  private final LegalFamily family;
  private final SseByLegalForm sseByLegalForm;
  private final @Nullable Boolean legalPerson;

  private LegalCategory(
      String code,
      @Nullable String label,
      LegalFamily family,
      SseByLegalForm sse,
      @Nullable Boolean legalPerson) {
    this.code = code;
    this.label = label;
    this.family = family;
    this.sseByLegalForm = sse;
    this.legalPerson = legalPerson;
  }

  /**
   * Parses a legal category code.
   *
   * @param text four digits, e.g. {@code 9220}; {@code 1000} to {@code 9999}, or a code of INSEE's
   *     table
   * @return the category of the table, or an unclassified one for a well-formed code the table does
   *     not hold
   * @throws InvalidValueException with value type {@code legalCategory} and reason {@code BLANK},
   *     {@code INVALID_CHARACTER}, {@code WRONG_LENGTH} or {@code OUT_OF_RANGE}
   */
  public static LegalCategory parse(CharSequence text) {
    String compact = Checks.compact(text);
    Checks.digits(TYPE, compact, text, 4);
    LegalCategory known = Table.BY_CODE.get(compact);
    if (known != null) {
      return known;
    }
    if (compact.charAt(0) == '0') {
      throw new InvalidValueException(TYPE, Reason.OUT_OF_RANGE, text.toString());
    }
    return new LegalCategory(
        compact, null, LegalFamily.UNCLASSIFIED, SseByLegalForm.UNDETERMINED, null);
  }

  /**
   * Returns every category of the library's table, in code order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<LegalCategory> all() {
    return Table.BY_CODE.values();
  }

  /**
   * Returns the 4-digit code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns INSEE's French label.
   *
   * @return the label, empty for a code that is not in INSEE's table
   */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /**
   * Returns the family of the legal form.
   *
   * @return the family, {@link LegalFamily#UNCLASSIFIED} for a code the library does not classify
   */
  public LegalFamily family() {
    return family;
  }

  /**
   * Returns whether the form alone makes an SSE enterprise under Art. 1 II 1°.
   *
   * @return yes, no, or undetermined
   */
  public SseByLegalForm sseByLegalForm() {
    return sseByLegalForm;
  }

  /**
   * Returns whether the form is one of private law.
   *
   * @return present for a classified category, empty when the library cannot tell
   */
  public Optional<Boolean> privateLaw() {
    return isClassified() ? Optional.of(family.isPrivateLaw()) : Optional.empty();
  }

  /**
   * Returns whether holders of this category have legal personality: false for an undeclared
   * association (9210), which has none.
   *
   * @return present for a classified category, empty when the library cannot tell
   */
  public Optional<Boolean> legalPerson() {
    return Optional.ofNullable(legalPerson);
  }

  /**
   * Returns whether the library classifies this code into a family.
   *
   * @return false for a code accepted as {@link LegalFamily#UNCLASSIFIED}
   */
  public boolean isClassified() {
    return family != LegalFamily.UNCLASSIFIED;
  }

  @Override
  public int compareTo(LegalCategory other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegalCategory c && code.equals(c.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the 4-digit code. */
  @Override
  public String toString() {
    return code;
  }

  /** The reference table, read once on first use. */
  private static final class Table {
    static final Map<String, LegalCategory> BY_CODE = load();

    private static Map<String, LegalCategory> load() {
      Map<String, LegalCategory> map = new TreeMap<>();
      try (InputStream in = LegalCategory.class.getResourceAsStream(TABLE)) {
        Objects.requireNonNull(in, "missing resource " + TABLE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isEmpty() || line.startsWith("#") || line.startsWith("code\t")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          if (cells.length != 5) {
            throw new IllegalStateException(TABLE + ": expected 5 cells in line " + line);
          }
          LegalFamily family = LegalFamily.valueOf(cells[1]);
          Boolean legalPerson = cells[3].isEmpty() ? null : Boolean.valueOf(cells[3]);
          map.put(
              cells[0],
              new LegalCategory(
                  cells[0], cells[4], family, SseByLegalForm.valueOf(cells[2]), legalPerson));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Collections.unmodifiableMap(map);
    }
  }
}
