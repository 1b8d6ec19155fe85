package dev.footprint.slim.internal;

import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.slim.SlimOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, from metadata alone, which surviving paths the output keeps: every node of the merged
 * file system is kept unless a switched-on removal rule covers it (or one of its parents) and no
 * {@code --keep} glob protects it. Paths removed by a rule are reported under that rule's name.
 */
public final class SlimPlan {
  private final Map<String, String> removedBy = new HashMap<>();
  private final List<PathGlob> keep;

  private SlimPlan(List<PathGlob> keep) {
    this.keep = keep;
  }

  /** Plans over the nodes that come from layer {@code fromLayer} upwards. */
  public static SlimPlan of(MergedFileSystem merged, int fromLayer, SlimOptions options) {
    List<RemovalRule> rules = new ArrayList<>();
    if (options.dropCaches()) {
      rules.add(RemovalRule.PACKAGE_CACHE);
    }
    if (options.dropDocs()) {
      rules.add(RemovalRule.DOCS);
    }
    if (options.dropVcs()) {
      rules.add(RemovalRule.VCS);
    }
    SlimPlan plan = new SlimPlan(options.keep().stream().map(PathGlob::of).toList());
    for (Node n : merged.nodes()) {
      if (n.layer() < fromLayer) {
        continue;
      }
      plan.ruleFor(n.path(), rules).ifPresent(rule -> plan.removedBy.put(n.path(), rule));
    }
    return plan;
  }

  /**
   * Plans a minified image: every node outside {@code selected} is removed under the name
   * {@code minify}; the safe rules still apply inside the selection.
   */
  public static SlimPlan minify(MergedFileSystem merged, java.util.Set<String> selected, SlimOptions options) {
    SlimPlan plan = of(merged, 0, options);
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

  private Optional<String> ruleFor(String path, List<RemovalRule> rules) {
    for (PathGlob k : keep) {
      if (k.matches(path)) {
        return Optional.empty();
      }
    }
    // The shallowest removed ancestor decides, so a removed directory takes its subtree along.
    for (int i = path.indexOf('/'); ; i = path.indexOf('/', i + 1)) {
      String prefix = i < 0 ? path : path.substring(0, i);
      for (RemovalRule r : rules) {
        if (r.removes(prefix)) {
          return Optional.of(r.transformation());
        }
      }
      if (i < 0) {
        return Optional.empty();
      }
    }
  }

}
