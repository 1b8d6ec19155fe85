package dev.footprint.image.metrics;

import dev.footprint.image.LayerEntry;
import dev.footprint.image.Whiteout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dive's efficiency algorithm (dive/filetree/efficiency.go), reproduced number for number,
 * quirks included: only leaves of each layer's tree count; a whiteout costs 0 unless it deletes
 * an explicit directory, whose whole subtree size then counts; opaque markers are ignored; a
 * whiteout whose target is missing below ends the walk of its layer. Unlike dive, the stacked
 * lower tree is kept incrementally instead of rebuilt for every whiteout. Feed layers in order
 * with {@link #addLayer}; not thread-safe.
 */
public final class DiveEfficiency {

  private static final class PathStat {
    long cumulative;
    long min = -1;
    int count;
  }

  private final Map<String, PathStat> stats = new HashMap<>();
  /** Sums over paths first seen in the last layer, which need no per-path state. */
  private long lastLayerMinSum;
  private long lastLayerCumulativeSum;
  private final List<Long> layerSizes = new ArrayList<>();
  private DiveTree stacked;
  private long nodeCount;

  /** Adds the next layer's entries, in tar order. */
  public void addLayer(List<LayerEntry> entries) {
    addLayer(entries, false);
  }

  /**
   * Adds the next layer; say {@code last} for the top layer, which saves the per-path state of
   * paths no later layer can touch again (memory on images with many files).
   */
  public void addLayer(List<LayerEntry> entries, boolean last) {
    DiveTree tree = new DiveTree();
    long size = 0;
    for (LayerEntry e : entries) {
      size += e.size();
      if (!e.path().isEmpty()) {
        tree.add(e.path(), e.size(), e.isDirectory());
      }
    }
    layerSizes.add(size);
    nodeCount += tree.nodeCount;
    if (stacked == null) {
      // dive sizes layer-0 whiteouts against a copy of layer 0 and then stacks layer 0 on that
      // copy; the layer tree itself serves, as nothing else reads it.
      stacked = tree;
    }
    // In the last layer only paths seen before, or met twice in it (a whiteout beside a file of
    // the same name), need per-path state.
    Set<String> twice = new HashSet<>();
    if (last) {
      for (LayerEntry e : entries) {
        if (e.whiteout() == Whiteout.FILE) {
          twice.add(e.whiteoutTarget());
        }
      }
    }
    walkLeaves(tree, last, twice);
    if (last) {
      stacked = null; // result() needs no tree: free it before the caller builds the merged view
    } else {
      stacked.stack(tree);
    }
  }

  private void walkLeaves(DiveTree tree, boolean last, Set<String> twice) {
    DiveTree.forEachLeaf(tree.root, n -> visitLeaf(n, last, twice));
  }

  /** One leaf of dive's walk; false ends the walk of this layer. */
  private boolean visitLeaf(DiveTree.Node n, boolean last, Set<String> twice) {
    {
      String path = n.path();
      PathStat s = last && !twice.contains(path) ? stats.get(path) : stats.computeIfAbsent(path, p -> new PathStat());
      long size;
      if (n.isWhiteout()) {
        DiveTree.Node lower = stacked.get(path);
        if (lower == null) {
          if (s == null) {
            lastLayerMinSum -= 1; // dive leaves an entry with min -1 behind
          }
          return false; // dive's visitor errors out here and skips the rest of this layer
        }
        size = lower.dir ? DiveTree.subtreeSize(lower) : 0;
      } else {
        size = n.size;
      }
      if (s == null) {
        lastLayerMinSum += size;
        lastLayerCumulativeSum += size;
        return true;
      }
      s.cumulative += size;
      if (s.min < 0 || size < s.min) {
        s.min = size;
      }
      s.count++;
      return true;
    }
  }

  /** The numbers dive would print for the layers added so far. */
  public DiveResult result() {
    long minSum = lastLayerMinSum;
    long cumSum = lastLayerCumulativeSum;
    long wasted = 0;
    List<InefficientPath> inefficient = new ArrayList<>();
    for (Map.Entry<String, PathStat> e : stats.entrySet()) {
      PathStat s = e.getValue();
      minSum += s.min;
      cumSum += s.cumulative;
      if (s.count >= 2) {
        wasted += s.cumulative;
        inefficient.add(new InefficientPath("/" + e.getKey(), s.count, s.cumulative, s.cumulative - s.min));
      }
    }
    inefficient.sort(Comparator.comparingLong(InefficientPath::cumulativeBytes).reversed().thenComparing(InefficientPath::path));
    double score = cumSum == 0 ? 1.0 : (double) minSum / (double) cumSum;
    long total = layerSizes.stream().mapToLong(Long::longValue).sum();
    long user = total - (layerSizes.isEmpty() ? 0 : layerSizes.get(0));
    double uwp = (double) wasted / (double) user;
    return new DiveResult(score, wasted, total, user, uwp, List.copyOf(layerSizes), nodeCount, inefficient);
  }
}
