package io.github.ptce.rules;

/**
 * How the criteria of a report were decided: automatically from data, from declarations, by a
 * person's assessment, or not at all (undetermined). Informative and not-applicable criteria are
 * left out.
 *
 * <p>The percentages, in whole percent, add up to exactly 100 when there is at least one criterion
 * (largest-remainder rounding). Immutable and thread-safe.
 *
 * @param automated the criteria decided from data
 * @param declared the criteria decided from declarations
 * @param assessed the criteria decided by an assessment
 * @param undetermined the criteria left unknown
 */
public record DecisionShares(int automated, int declared, int assessed, int undetermined) {

  /**
   * Returns the number of criteria counted.
   *
   * @return the total
   */
  public int total() {
    return automated + declared + assessed + undetermined;
  }

  /**
   * Returns the shares in whole percent, in the order automated, declared, assessed, undetermined.
   *
   * @return four percentages adding up to 100, or four zeros when there is no criterion
   */
  public int[] percentages() {
    int[] counts = {automated, declared, assessed, undetermined};
    int total = total();
    int[] shares = new int[4];
    if (total == 0) {
      return shares;
    }
    long[] remainders = new long[4];
    int assigned = 0;
    for (int i = 0; i < 4; i++) {
      shares[i] = counts[i] * 100 / total;
      remainders[i] = (long) counts[i] * 100 % total;
      assigned += shares[i];
    }
    for (int left = 100 - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < 4; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
    return shares;
  }

  /**
   * Adds two counts.
   *
   * @param other the other counts
   * @return the sum
   */
  public DecisionShares plus(DecisionShares other) {
    return new DecisionShares(
        automated + other.automated,
        declared + other.declared,
        assessed + other.assessed,
        undetermined + other.undetermined);
  }
}
