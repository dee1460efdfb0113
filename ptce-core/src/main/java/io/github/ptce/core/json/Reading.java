package io.github.ptce.core.json;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state of one read: the current JSON path, the problems found so far and the objects built, so
 * that a document is read to its end and every problem reported, not only the first.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class Reading {
  private final JsonLimits limits;
  private final StringBuilder path = new StringBuilder("$");
  private final int[] marks = new int[256];
  private int depth;
  private final List<Violation> problems = new ArrayList<>();

  /** Every problem found, also those beyond the limit that are not kept. */
  private int problemCount;

  private final List<Fragment> fragments = new ArrayList<>();

  /**
   * An object that was built while some enclosing object failed: it can still be validated on its
   * own.
   */
  record Fragment(String path, Object value) {}

  Reading(JsonLimits limits) {
    this.limits = limits;
  }

  JsonLimits limits() {
    return limits;
  }

  String path() {
    return path.toString();
  }

  void enterField(String name) {
    marks[depth++] = path.length();
    path.append('.').append(name);
  }

  void enterIndex(int index) {
    marks[depth++] = path.length();
    path.append('[').append(index).append(']');
  }

  void leave() {
    path.setLength(marks[--depth]);
  }

  /** Counts every problem found, including those beyond {@link JsonLimits#maxViolations()}. */
  int problemCount() {
    return problemCount;
  }

  /** Whether more problems were found than the limit lets through. */
  boolean overflowed() {
    return problemCount > problems.size();
  }

  void problem(String code, Map<String, String> arguments) {
    if (keep()) {
      problems.add(Violation.of(path(), code, arguments));
    }
  }

  void problem(InvalidValueException e) {
    if (keep()) {
      problems.add(e.toViolation(path()));
    }
  }

  void problems(InvalidInputException e) {
    String here = path();
    for (Violation violation : e.violations()) {
      if (keep()) {
        problems.add(violation.under(here));
      }
    }
  }

  /**
   * Whether the next problem would be beyond the limit, and not kept: its details need not be
   * worked out.
   */
  boolean full() {
    return problems.size() >= limits.maxViolations();
  }

  /** Counts a problem beyond the limit without describing it (see {@link #full()}). */
  void dropped() {
    problemCount++;
  }

  /** Counts one more problem and tells whether it is kept. */
  private boolean keep() {
    problemCount++;
    return problems.size() < limits.maxViolations();
  }

  /**
   * Returns a mark to pass to {@link #built(int, Object)} when the object being read is complete.
   */
  int fragmentMark() {
    return fragments.size();
  }

  /** Records a built object; the objects built inside it since {@code mark} are part of it now. */
  void built(int mark, Object value) {
    fragments.subList(mark, fragments.size()).clear();
    fragments.add(new Fragment(path(), value));
  }

  /** Returns the problems kept: at most {@link JsonLimits#maxViolations()}. */
  List<Violation> problems() {
    return problems;
  }

  /**
   * Returns the objects that were built while their enclosing object was not: the largest valid
   * parts of an invalid document, which can still be validated on their own.
   */
  List<Fragment> orphans() {
    return fragments;
  }
}
