package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.territory.Geography;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The engine and the geography shared by 8 threads over 10,000 mixed evaluations give exactly what
 * one thread gives: nothing in them is shared mutable state (see also {@link ArchitectureTest}).
 */
class ConcurrencyTest {
  static final int THREADS = 8;
  static final int EVALUATIONS = 10_000;
  static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2014, 8, 1),
          LocalDate.of(2015, 4, 17),
          LocalDate.of(2019, 5, 24),
          LocalDate.of(2023, 6, 15),
          LocalDate.of(2026, 1, 15));

  @Test
  void eightThreadsGiveWhatOneThreadGives() throws Exception {
    List<Cluster> clusters = new ArrayList<>();
    qt().withFixedSeed(42L)
        .withExamples(250)
        .forAll(EnginePropertiesTest.CLUSTERS)
        .checkAssert(clusters::add);
    EligibilityEngine engine = EligibilityEngine.standard();
    Geography geography = engine.geography();

    List<Object> sequential = new ArrayList<>(EVALUATIONS);
    for (int i = 0; i < EVALUATIONS; i++) {
      sequential.add(work(engine, geography, clusters, i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Object>> futures = new ArrayList<>(EVALUATIONS);
      // Interleave the work so that threads evaluate different clusters and dates at the same time.
      for (int i = 0; i < EVALUATIONS; i++) {
        int task = (int) ((i * 7919L) % EVALUATIONS);
        futures.add(pool.submit(() -> List.of(task, work(engine, geography, clusters, task))));
      }
      for (Future<Object> future : futures) {
        List<?> done = (List<?>) future.get(60, TimeUnit.SECONDS);
        int task = (Integer) done.get(0);
        assertEquals(sequential.get(task), done.get(1), "evaluation " + task);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One unit of mixed work: an evaluation (every scheme or the law only), an overview, a perimeter.
   */
  static Object work(EligibilityEngine engine, Geography geography, List<Cluster> clusters, int i) {
    Cluster cluster = clusters.get(i % clusters.size());
    LocalDate asOf = DATES.get(i % DATES.size());
    return switch (i % 3) {
      case 0 -> Summary.of(engine.evaluate(cluster, asOf));
      case 1 -> Summary.of(engine.evaluate(cluster, asOf, EnginePropertiesTest.LAW, List.of()));
      default -> {
        Overview overview = engine.overview(cluster, asOf);
        yield List.of(
            overview.applicable().size(),
            overview.closed().size(),
            overview.upcoming().size(),
            cluster.perimeter().map(p -> geography.resolve(p).population()).orElse(-1L));
      }
    };
  }
}
