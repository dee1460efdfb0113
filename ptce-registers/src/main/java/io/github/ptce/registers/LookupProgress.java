package io.github.ptce.registers;

/**
 * Told how far a batch has gone, for a progress bar: the Recherche d'entreprises API answers one
 * identifier at a time, at most 7 a second, so a batch of 1,000 takes minutes. Called from the
 * client's threads, once per identifier answered (from the cache or the API, found or not, failed
 * included); keep it quick.
 */
@FunctionalInterface
public interface LookupProgress {
  /**
   * An identifier was answered.
   *
   * @param done how many identifiers of the batch are answered
   * @param total how many the batch has
   */
  void answered(int done, int total);
}
