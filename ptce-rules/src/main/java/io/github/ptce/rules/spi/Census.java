package io.github.ptce.rules.spi;

import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.Outcome;
import io.github.ptce.rules.Participant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The participants that have a property, counted over a member list that may be partial: the basis
 * of every criterion of the form "there is a member that…" or "at least n members that…".
 *
 * <p>Over a list not declared complete ({@code membersComplete}), the absence of a member with the
 * property is not a "no": the cluster may have one that the description does not name. So {@link
 * #atLeast(int)} is {@link Outcome#MET} when enough participants certainly have the property,
 * {@link Outcome#NOT_MET} only when the list is complete and even every participant that may have
 * it would not be enough, and {@link Outcome#UNKNOWN} otherwise; {@link #explainUnknown} then adds
 * the facts that would settle it, the declaration that the list is complete among them. A group of
 * unnamed members counts for its count (at least that many, or exactly); a named member whose
 * membership at the date is open counts as "may have it".
 *
 * <p>The opposite form, "every member…" (no member outside the perimeter), is decided on the
 * members listed: a counter-example makes it not met; without one, it is met over the list, and
 * {@link #assumeListed} says so when the list may be partial.
 *
 * <p>Immutable once made; made for one evaluation.
 */
public final class Census {
  private final List<Participant> among;
  private final List<Participant> with;
  private final List<Participant> possible;
  private final List<Participant> undecided;
  private final List<Participant> perhapsMembers;
  private final List<Participant> open;
  private final boolean complete;
  private final long certain;

  /**
   * How many may have the property if the list is the whole of the members: unbounded for an "at
   * least" group.
   */
  private final long listedBound;

  private Census(
      List<Participant> among,
      List<Participant> with,
      List<Participant> possible,
      List<Participant> undecided,
      List<Participant> perhapsMembers,
      List<Participant> open,
      boolean complete,
      long certain,
      long listedBound) {
    this.open = open;
    this.among = among;
    this.with = with;
    this.possible = possible;
    this.undecided = undecided;
    this.perhapsMembers = perhapsMembers;
    this.complete = complete;
    this.certain = certain;
    this.listedBound = listedBound;
  }

  /**
   * Counts the participants of an evaluation that have a property.
   *
   * @param evaluation the evaluation
   * @param among which participants are counted at all (e.g. the enterprises)
   * @param property whether one of them has the property: met, not met or unknown
   * @return the census
   */
  public static Census of(
      Evaluation evaluation,
      Predicate<Participant> among,
      Function<Participant, Outcome> property) {
    List<Participant> counted = new ArrayList<>(8);
    List<Participant> with = new ArrayList<>(4);
    List<Participant> possible = new ArrayList<>(4);
    List<Participant> undecided = new ArrayList<>(4);
    List<Participant> perhapsMembers = new ArrayList<>(1);
    List<Participant> open = new ArrayList<>(1);
    boolean complete = evaluation.membersComplete();
    long certain = 0;
    long upper = 0;
    for (Participant participant : evaluation.participants()) {
      if (!among.test(participant)) {
        continue;
      }
      counted.add(participant);
      Outcome known = property.apply(participant);
      Outcome has = participant.presence().and(known);
      if (has == Outcome.MET) {
        with.add(participant);
        certain += participant.count();
        if (!participant.exactCount()) {
          open.add(participant); // "at least n": there may be more of them than counted
        }
      } else if (has != Outcome.UNKNOWN) {
        continue;
      } else {
        possible.add(participant);
        // Unknown either because its facts do not tell, or because it has the property but may not
        // be a member
        // at the date: two different things to say, and to ask for.
        (known == Outcome.UNKNOWN ? undecided : perhapsMembers).add(participant);
      }
      upper =
          participant.exactCount() && upper != Long.MAX_VALUE
              ? upper + participant.count()
              : Long.MAX_VALUE;
    }
    return new Census(
        Collections.unmodifiableList(counted),
        Collections.unmodifiableList(with),
        Collections.unmodifiableList(possible),
        Collections.unmodifiableList(undecided),
        Collections.unmodifiableList(perhapsMembers),
        Collections.unmodifiableList(open),
        complete,
        certain,
        upper);
  }

  /**
   * Returns the participants that certainly have the property.
   *
   * @return them, in participant order
   */
  public List<Participant> with() {
    return with;
  }

  /**
   * Returns the participants that may have it: what is known of them, or of their membership at the
   * date, does not tell. They are the {@link #undecided()} ones and the {@link #perhapsMembers()}.
   *
   * @return them, in participant order
   */
  public List<Participant> possible() {
    return possible;
  }

  /**
   * Returns the participants whose facts do not tell whether they have the property (an SSE status
   * not given, a legal form not known), whether or not they are members at the date.
   *
   * @return them, in participant order
   */
  public List<Participant> undecided() {
    return undecided;
  }

  /**
   * Returns the participants that have the property but may not be members at the date: a joining,
   * leaving or cessation date known only to the month or year leaves it open. What is known of them
   * is not in question; their dates are.
   *
   * @return them, in participant order
   */
  public List<Participant> perhapsMembers() {
    return perhapsMembers;
  }

  /**
   * Returns what to do about the {@link #perhapsMembers()}: give the days they joined or left.
   *
   * @return the remediation, naming them
   */
  public Message presenceRemedy() {
    return SpiMessages.of(
        "remedy.presence", java.util.Map.of("names", Members.namesOf(perhapsMembers)));
  }

  /**
   * Returns the reason of an unknown {@link #atLeast(int)} over a complete list that only groups
   * counted "at least" leave open.
   *
   * @return the reason, naming the groups and the count so far
   */
  public Message openCountReason() {
    return SpiMessages.of(
        "reason.openCount",
        java.util.Map.of("count", Long.toString(certain), "names", Members.namesOf(open)));
  }

  /**
   * Returns the groups of unnamed members that have the property and are counted "at least": there
   * may be more of them than their count.
   *
   * @return them, in participant order
   */
  public List<Participant> openCounts() {
    return open;
  }

  /**
   * Returns how many persons certainly have the property (a group of unnamed members counts for its
   * count).
   *
   * @return the count
   */
  public long count() {
    return certain;
  }

  /**
   * Returns whether the member list is declared complete.
   *
   * @return true if it is
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Is it known that at least {@code n} persons have the property?
   *
   * @param n the number required
   * @return met if {@link #count()} reaches it; not met only if the list is complete and the
   *     participants that may have it would not reach it either; unknown otherwise
   */
  public Outcome atLeast(int n) {
    if (certain >= n) {
      return Outcome.MET;
    }
    return complete && listedBound < n ? Outcome.NOT_MET : Outcome.UNKNOWN;
  }

  /**
   * Is it known that some participant has the property?
   *
   * @return {@link #atLeast(int) atLeast(1)}
   */
  public Outcome exists() {
    return atLeast(1);
  }

  /**
   * Adds to an unknown result of {@link #exists()} what would settle it: see {@link
   * #explainUnknown( CriterionResult.Builder, Evaluation, int, Function)} with {@code n = 1}.
   *
   * @param result the result being built
   * @param evaluation the evaluation
   * @param factsOf the facts that would tell whether a participant has the property
   */
  public void explainUnknown(
      CriterionResult.Builder result,
      Evaluation evaluation,
      Function<Participant, List<MissingFact>> factsOf) {
    explainUnknown(result, evaluation, 1, factsOf);
  }

  /**
   * Adds to an unknown result of {@link #atLeast(int) atLeast(n)} what would settle it: the members
   * concerned, the facts that are missing about each participant that may have the property (and
   * about its membership at the date), and {@code $.membersComplete} when declaring the list
   * complete would decide (the participants listed could not reach {@code n}).
   *
   * @param result the result being built
   * @param evaluation the evaluation
   * @param n the number required
   * @param factsOf the facts that would tell whether a participant has the property
   */
  public void explainUnknown(
      CriterionResult.Builder result,
      Evaluation evaluation,
      int n,
      Function<Participant, List<MissingFact>> factsOf) {
    for (Participant participant : possible) {
      participant.stakeholderId().ifPresent(result::member);
      result.missing(factsOf.apply(participant));
      result.missing(evaluation.presenceMissingFacts(participant));
    }
    if (!complete && listedBound < n) {
      result.missing(membersCompleteFact());
    }
    if (certain < n) {
      // A group counted "at least" may be the whole answer: its exact count settles it.
      for (Participant group : open) {
        result.missing(
            new MissingFact(
                group.path() + ".count",
                SpiMessages.of("fact.exactCount", java.util.Map.of("name", group.name()))));
      }
    }
  }

  /**
   * Adds to a decided result about SSE enterprises the assumption that the SSE status of the
   * participants it counted rests on a presumption of Art. 1 their statutes could overturn, when
   * one does ({@link Evaluation#ssePresumed}).
   *
   * @param result the result being built
   * @param evaluation the evaluation
   */
  public void assumeSsePresumptions(CriterionResult.Builder result, Evaluation evaluation) {
    List<Participant> presumed = new ArrayList<>(2);
    for (Participant participant : among) {
      if (evaluation.ssePresumed(participant)) {
        presumed.add(participant);
      }
    }
    if (!presumed.isEmpty()) {
      result.assumption(
          SpiMessages.of(
              "assume.ssePresumed", java.util.Map.of("names", Members.namesOf(presumed))));
    }
  }

  /**
   * Returns the missing fact "whether the member list is complete".
   *
   * @return the fact at {@code $.membersComplete}
   */
  public static MissingFact membersCompleteFact() {
    return new MissingFact("$.membersComplete", SpiMessages.of("fact.membersComplete"));
  }

  /**
   * Adds to a result decided over the members listed the assumption that the list is the whole of
   * them, when it is not declared complete: a member the description does not name could change the
   * answer.
   *
   * @param result the result being built
   * @param evaluation the evaluation
   */
  public static void assumeListed(CriterionResult.Builder result, Evaluation evaluation) {
    if (!evaluation.membersComplete()) {
      result.assumption(SpiMessages.of("assume.listedMembers"));
    }
  }
}
