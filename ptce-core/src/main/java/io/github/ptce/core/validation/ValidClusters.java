package io.github.ptce.core.validation;

import io.github.ptce.core.cluster.Cluster;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The clusters one validator has found valid, by identity, held weakly.
 *
 * <p>Why: the reader validates a cluster, and the engine must refuse an invalid one, so a cluster
 * read and then evaluated would be validated twice, and validation costs more than most evaluations
 * (BENCHMARKS.md). A cluster is deeply immutable, so once found valid against a geography it stays
 * valid: the second validation is a lookup. Identity, not equality: equal clusters hash their whole
 * content, which would cost a good part of what is saved. A cluster no longer used elsewhere is
 * forgotten at the next garbage collection.
 *
 * <p>Thread-safe.
 */
final class ValidClusters {
  private final Set<Key> valid = ConcurrentHashMap.newKeySet();
  private final ReferenceQueue<Cluster> collected = new ReferenceQueue<>();

  boolean contains(Cluster cluster) {
    return valid.contains(new Key(cluster, null));
  }

  void add(Cluster cluster) {
    forgetCollected();
    valid.add(new Key(cluster, collected));
  }

  private void forgetCollected() {
    for (Reference<? extends Cluster> gone = collected.poll();
        gone != null;
        gone = collected.poll()) {
      valid.remove(gone);
    }
  }

  /**
   * A weak reference equal to another that refers to the same cluster, or is the same reference.
   */
  private static final class Key extends WeakReference<Cluster> {
    private final int hash;

    Key(Cluster cluster, @Nullable ReferenceQueue<Cluster> queue) {
      super(cluster, queue);
      this.hash = System.identityHashCode(cluster);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key key) || key.hash != hash) {
        return false;
      }
      Cluster referent = get();
      return referent != null && referent == key.get();
    }
  }
}
