package io.github.ptce.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the work of a batch on an executor, in tasks of several items, and gathers the results in
 * order.
 */
final class Batches {
  /**
   * Tasks per worker: more than one, so that a worker that drew quick clusters takes another task
   * instead of waiting for one that drew a 3,000-member cluster; few enough that a task is worth
   * its scheduling.
   */
  private static final int TASKS_PER_WORKER = 4;

  /** The work done on one item, given its position in the batch. */
  @FunctionalInterface
  interface Work<I, O> {
    O apply(int index, I item);
  }

  private Batches() {}

  /**
   * Applies the work to every item on the executor and returns the results in the order of the
   * items. Returns only when every task has ended, so that no work of the batch goes on after the
   * call; a failure of any task is thrown once all have ended.
   */
  static <I, O> List<O> map(List<I> items, Work<? super I, ? extends O> work, Executor executor) {
    int size = items.size();
    if (size == 0) {
      return List.of();
    }
    Object[] results = new Object[size];
    int workers =
        executor instanceof ForkJoinPool pool
            ? pool.getParallelism()
            : Runtime.getRuntime().availableProcessors();
    int taskSize = Math.max(1, -Math.floorDiv(-size, workers * TASKS_PER_WORKER));
    List<CompletableFuture<Void>> tasks = new ArrayList<>();
    CompletableFuture<Void> all;
    try {
      for (int from = 0; from < size; from += taskSize) {
        int start = from;
        int end = Math.min(size, from + taskSize);
        tasks.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = start; i < end; i++) {
                    results[i] = work.apply(i, items.get(i));
                  }
                },
                executor));
      }
    } catch (RejectedExecutionException e) {
      // The tasks given already run on: wait for them, so that nothing of the batch outlives the
      // call.
      CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
          .exceptionally(failure -> null)
          .join();
      throw e;
    }
    all = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
    try {
      all.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<O> list = (List<O>) Arrays.asList(results);
    return List.copyOf(list);
  }
}
