package dev.footprint.slim.internal;

import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, from metadata alone, which surviving paths the output keeps: every node of the merged
 * file system is kept unless a switched-on removal rule covers it (or one of its parents) and no
 * {@code --keep} glob protects it. Paths removed by a rule are reported under that rule's name.
 */
public final class SlimPlan {
  private final Map<String, String> removedBy = new HashMap<>();

  private SlimPlan() {}

  /**
   * Plans over the nodes that come from layer {@code fromLayer} upwards, with the rules the
   * spool already consulted (their per-directory answers are remembered).
   */
  public static SlimPlan of(MergedFileSystem merged, int fromLayer, RemovalRules rules) {
    SlimPlan plan = new SlimPlan();
    for (Node n : merged.nodes()) {
      if (n.layer() < fromLayer) {
        continue;
      }
      rules.ruleFor(n.path()).ifPresent(rule -> plan.removedBy.put(n.path(), rule));
    }
    return plan;
  }

  /**
   * Plans a minified image: every node outside {@code selected} is removed under the name
   * {@code minify}; the safe rules still apply inside the selection.
   */
  public static SlimPlan minify(MergedFileSystem merged, java.util.Set<String> selected, RemovalRules rules) {
    SlimPlan plan = of(merged, 0, rules);
    for (Node n : merged.nodes()) {
      if (!selected.contains(n.path())) {
        plan.removedBy.put(n.path(), "minify");
      }
    }
    return plan;
  }

  /** The transformation that removes {@code path}, if any. */
  public Optional<String> removedBy(String path) {
    return Optional.ofNullable(removedBy.get(path));
  }

  public boolean keeps(Node node) {
    return !removedBy.containsKey(node.path());
  }
}
