package io.github.ptce.rules.spi;

import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.Evaluation;
import io.github.ptce.rules.MissingFact;

/**
 * Open-world helpers for criteria about the support a cluster received, whose list may be partial
 * like its member list: a criterion that finds no support of some kind among those listed says
 * "unknown" and asks for {@link #completeFact()} unless the list is declared complete ({@code
 * supportsComplete}); one that finds no counter-example says so over the list ({@link
 * #assumeListed}).
 */
public final class Supports {
  private Supports() {}

  /**
   * Returns the missing fact "whether the list of support is complete".
   *
   * @return the fact at {@code $.supportsComplete}
   */
  public static MissingFact completeFact() {
    return new MissingFact("$.supportsComplete", SpiMessages.of("fact.supportsComplete"));
  }

  /**
   * Returns whether the list of support received is declared complete.
   *
   * @param evaluation the evaluation
   * @return true if it is
   */
  public static boolean complete(Evaluation evaluation) {
    return evaluation.cluster().supportsComplete().orElse(false);
  }

  /**
   * Adds to a result decided over the support listed the assumption that the list is the whole of
   * it, when it is not declared complete.
   *
   * @param result the result being built
   * @param evaluation the evaluation
   */
  public static void assumeListed(CriterionResult.Builder result, Evaluation evaluation) {
    if (!complete(evaluation)) {
      result.assumption(SpiMessages.of("assume.listedSupports"));
    }
  }
}
