package io.github.ptce.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.Validated;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.testing.PtceGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Properties of the JSON format over generated clusters. */
class PtceJsonRoundTripTest {
  private static final long SEED = 20_261_126L;
  private static final PtceJson JSON = PtceJson.standard();

  @Test
  void readingWhatWasWrittenGivesTheSameCluster() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster -> {
              String json = JSON.writeCluster(cluster);
              Validated<Cluster> read = JSON.readCluster(json);
              assertEquals(java.util.List.of(), read.violations(), json);
              assertEquals(cluster, read.orElseThrow(), json);
              assertEquals(
                  cluster, JSON.readCluster(json.getBytes(StandardCharsets.UTF_8)).orElseThrow());
              assertEquals(
                  cluster,
                  JSON.readCluster(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                      .orElseThrow());
            });
  }

  @Test
  void writingIsDeterministic() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(200)
        .forAll(PtceGenerators.clusters())
        .checkAssert(
            cluster -> {
              String first = JSON.writeCluster(cluster);
              assertEquals(first, JSON.writeCluster(cluster));
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              JSON.writeCluster(cluster, out);
              assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), out.toByteArray());
              // An equal cluster built anew (here: read back) writes the same bytes.
              assertEquals(first, JSON.writeCluster(JSON.readCluster(first).orElseThrow()));
            });
  }
}
