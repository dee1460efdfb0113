package io.github.ptce.core.testing;

import io.github.ptce.core.Violation;
import io.github.ptce.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The corpus of bad inputs of the cluster format, {@code /bad-input/core/} on the class path of
 * ptce-core's tests and test-jar, with the one file that says what each must give, {@code
 * expectations.tsv}: the single source of truth for every entry point that reads a cluster (the
 * reader and the validator in ptce-core; the command line and the HTTP service in ptce-examples).
 *
 * <p>A case is a file of the folder, or an input too large to commit ({@code generated:NAME}),
 * built here from the default limits. Its expectation is the exact list of violations it gives
 * (path and code), or "accepted". Every case is read with the default limits ({@link
 * JsonLimits#DEFAULT}), as the command line and the service read them.
 */
public final class BadInputs {
  /** The folder of the corpus on the class path. */
  public static final String FOLDER = "/bad-input/core/";

  /** The prefix of the cases built in code. */
  public static final String GENERATED = "generated:";

  private static final Map<String, Case> CASES = load();

  private BadInputs() {}

  /**
   * One expected violation, or several when {@code count} is above 1: its path may then hold {@code
   * *}, which stands for any text (such as {@code $.members[*].stakeholder.name}).
   *
   * @param path the JSON path, possibly with {@code *}
   * @param code the code
   * @param count how many violations match
   */
  public record Expected(String path, String code, int count) {
    /**
     * Whether a violation is one of these.
     *
     * @param violationPath its path
     * @param violationCode its code
     * @return whether it matches
     */
    public boolean matches(String violationPath, String violationCode) {
      if (!code.equals(violationCode)) {
        return false;
      }
      if (!path.contains("*")) {
        return path.equals(violationPath);
      }
      StringBuilder regex = new StringBuilder();
      for (String part : path.split("\\*", -1)) {
        if (regex.length() > 0) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(part));
      }
      return violationPath.matches(regex.toString());
    }

    /**
     * Returns the path without its wildcard part: what a message list shows for every matching
     * violation.
     *
     * @return the text before the first {@code *}
     */
    public String pathPrefix() {
      int star = path.indexOf('*');
      return star < 0 ? path : path.substring(0, star);
    }

    @Override
    public String toString() {
      return path + " " + code + (count == 1 ? "" : " ×" + count);
    }
  }

  /**
   * A bad input and what reading it must give.
   *
   * @param name the file name, or {@code generated:NAME}
   * @param expected the violations, in the order of the file; empty when the input is accepted
   */
  public record Case(String name, List<Expected> expected) {
    /**
     * Whether the input is a valid cluster.
     *
     * @return true when no violation is expected
     */
    public boolean accepted() {
      return expected.isEmpty();
    }

    /**
     * Returns the bytes of the input (built anew for a generated case).
     *
     * @return the document
     */
    public byte[] input() {
      return BadInputs.input(name);
    }

    /**
     * Returns how many violations are expected.
     *
     * @return the total of the counts
     */
    public int violationCount() {
      return expected.stream().mapToInt(Expected::count).sum();
    }

    /**
     * Checks violations (path and code of each) against the expectation.
     *
     * @param paths the path of each violation
     * @param codes the code of each violation, in the same order
     * @return a description of the differences, empty when they match
     */
    public Optional<String> mismatch(List<String> paths, List<String> codes) {
      if (paths.size() != codes.size()) {
        throw new IllegalArgumentException("as many paths as codes");
      }
      List<String> problems = new ArrayList<>();
      int[] found = new int[expected.size()];
      for (int i = 0; i < paths.size(); i++) {
        boolean known = false;
        for (int e = 0; e < expected.size(); e++) {
          if (expected.get(e).matches(paths.get(i), codes.get(i))) {
            found[e]++;
            known = true;
            break;
          }
        }
        if (!known) {
          problems.add("unexpected " + paths.get(i) + " " + codes.get(i));
        }
      }
      for (int e = 0; e < expected.size(); e++) {
        if (found[e] != expected.get(e).count()) {
          problems.add("expected " + expected.get(e) + ", found " + found[e]);
        }
      }
      return problems.isEmpty()
          ? Optional.empty()
          : Optional.of(name + ": " + String.join("; ", problems));
    }

    /**
     * Checks violations against the expectation.
     *
     * @param violations the violations
     * @return a description of the differences, empty when they match
     */
    public Optional<String> mismatch(Collection<Violation> violations) {
      return mismatch(
          violations.stream().map(Violation::path).toList(),
          violations.stream().map(Violation::code).toList());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns every case, in the order of {@code expectations.tsv}.
   *
   * @return the cases
   */
  public static List<Case> all() {
    return List.copyOf(CASES.values());
  }

  /**
   * Returns a case by name.
   *
   * @param name the file name or {@code generated:NAME}
   * @return the case
   * @throws IllegalArgumentException if there is none
   */
  public static Case named(String name) {
    Case c = CASES.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no bad input " + name);
    }
    return c;
  }

  /**
   * Returns the bytes of a case: the file of the corpus, or the generated input.
   *
   * @param name the file name or {@code generated:NAME}
   * @return the document
   */
  public static byte[] input(String name) {
    if (name.startsWith(GENERATED)) {
      return generated(name.substring(GENERATED.length()));
    }
    try (InputStream in = BadInputs.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bad input " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal member; {@code i} makes its id unique. */
  private static String member(int i, String name) {
    return "{\"stakeholder\": {\"id\": \"m"
        + i
        + "\", \"name\": \""
        + name
        + "\", \"kind\": \"ENTERPRISE\"}}";
  }

  private static String members(int count, String name) {
    StringBuilder out = new StringBuilder(count * 70);
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",\n").append(member(i, name));
    }
    return out.toString();
  }

  /**
   * Builds an input too large to commit, from the default limits so that it exceeds them (or, for a
   * case that is accepted, just meets them).
   *
   * @param name the name after {@code generated:}
   * @return the document
   */
  public static byte[] generated(String name) {
    String json =
        switch (name) {
          case "deep-nesting" -> {
            int depth = JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1;
            yield "{\"name\": \"PTCE\", \"description\": "
                + "[".repeat(depth)
                + "]".repeat(depth)
                + "}";
          }
          case "nesting-10000-arrays" ->
              "{\"name\": \"PTCE\", \"description\": "
                  + "[".repeat(10_000)
                  + "]".repeat(10_000)
                  + "}";
          case "nesting-10000-objects" -> "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000);
          case "nesting-10000-unclosed" -> "[".repeat(10_000);
          case "long-string" ->
              "{\"name\": \"" + "n".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\"}";
          case "string-2-mib" ->
              "{\"name\": \"PTCE\", \"description\": \"" + "d".repeat(2 * 1024 * 1024) + "\"}";
          case "string-20-mb" -> "{\"name\": \"" + "n".repeat(20_000_000) + "\"}";
          case "long-number" ->
              "{\"name\": \"PTCE\", \"resources\": [{\"year\": 2022, \"sales\": "
                  + "9".repeat(JsonLimits.DEFAULT_MAX_NUMBER_LENGTH + 1)
                  + "}]}";
          case "long-property-name" ->
              "{\"name\": \"PTCE\", \"" + "k".repeat(JsonLimits.MAX_NAME_LENGTH + 1) + "\": 1}";
          case "large-document" -> {
            // One byte over the limit, of blanks between two properties of a valid cluster.
            String head = "{\"name\": \"PTCE\",";
            String tail = "\"stage\": \"EMERGENCE\"}";
            int blanks =
                (int) JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1 - head.length() - tail.length();
            yield head + " ".repeat(blanks) + tail;
          }
          case "too-many-projects" ->
              "{\"name\": \"PTCE\", \"projects\": ["
                  + String.join(
                      ", ",
                      Collections.nCopies(JsonLimits.DEFAULT_MAX_ITEMS + 1, "{\"title\": \"P\"}"))
                  + "]}";
          case "members-at-the-limit" ->
              "{\"name\": \"PTCE\", \"members\": [\n"
                  + members(JsonLimits.DEFAULT_MAX_MEMBERS, "Structure")
                  + "]}";
          case "members-over-the-limit" ->
              "{\"name\": \"PTCE\", \"members\": [\n"
                  + members(JsonLimits.DEFAULT_MAX_MEMBERS + 1, "Structure")
                  + "]}";
          case "members-10000" ->
              "{\"name\": \"PTCE\", \"members\": [\n" + members(10_000, "Structure") + "]}";
          case "blank-names-5000" ->
              "{\"name\": \"PTCE\", \"members\": [\n"
                  + members(JsonLimits.DEFAULT_MAX_MEMBERS, " ")
                  + "]}";
          case "unknown-properties-100000" -> {
            StringBuilder out = new StringBuilder("{\"name\": \"PTCE\"");
            for (int i = 1; i <= 100_000; i++) {
              out.append(", \"k").append(i).append("\": 1");
            }
            yield out.append('}').toString();
          }
          default -> throw new IllegalArgumentException("no generated input " + name);
        };
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Case> load() {
    Map<String, List<Expected>> rows = new LinkedHashMap<>();
    Map<String, Boolean> accepted = new LinkedHashMap<>();
    List<String> lines;
    try (InputStream in = BadInputs.class.getResourceAsStream(FOLDER + "expectations.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing " + FOLDER + "expectations.tsv");
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 3 || cells.length > 4) {
        throw new IllegalStateException("expectations.tsv: 3 or 4 cells expected: " + line);
      }
      List<Expected> expected = rows.computeIfAbsent(cells[0], k -> new ArrayList<>());
      boolean acceptedRow = cells[1].equals("-") && cells[2].equals("-");
      if (accepted.containsKey(cells[0]) && (acceptedRow || accepted.get(cells[0]))) {
        throw new IllegalStateException(
            "expectations.tsv: an accepted input has one row only: " + line);
      }
      accepted.put(cells[0], acceptedRow);
      if (acceptedRow) {
        continue;
      }
      int count = cells.length == 4 ? Integer.parseInt(cells[3]) : 1;
      if (count < 1 || (count == 1) == cells[1].contains("*")) {
        throw new IllegalStateException(
            "expectations.tsv: a path with * has a count above 1, and only it: " + line);
      }
      expected.add(new Expected(cells[1], cells[2], count));
    }
    Map<String, Case> cases = new LinkedHashMap<>();
    rows.forEach((name, expected) -> cases.put(name, new Case(name, List.copyOf(expected))));
    return Collections.unmodifiableMap(cases);
  }
}
