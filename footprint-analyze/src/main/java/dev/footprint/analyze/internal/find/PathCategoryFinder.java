package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.rules.PathRule;
import dev.footprint.analyze.internal.rules.PathRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * package-cache, toolchain, docs and vcs: files of the merged view matched by the path rules,
 * one finding per rule, listing the matched roots (e.g. /root/.cache/go-build) by size.
 */
public final class PathCategoryFinder implements Finder {
  private static final long MB = 1 << 20;

  private static final class Group {
    final Map<String, Long> roots = new HashMap<>();
    final Map<Integer, Long> perLayer = new HashMap<>();
    long bytes;
  }

  @Override
  public List<Draft> find(AnalysisContext c) {
    Map<PathRule, Group> groups = new java.util.IdentityHashMap<>();
    for (MergedView.Node n : c.view().nodes()) {
      if (!n.record().isFile()) {
        continue;
      }
      c.classification(n.record().path()).filter(m -> !PathRules.isLicenceDoc(m, n.record().path())).ifPresent(m -> {
        Group g = groups.computeIfAbsent(m.rule(), r -> new Group());
        long size = n.record().size();
        g.bytes += size;
        g.roots.merge(c.paths().displayRoot(n.record().path(), m.depth()), size, Long::sum);
        g.perLayer.merge(n.layer(), size, Long::sum);
      });
    }
    List<Draft> out = new ArrayList<>();
    for (PathRule rule : PathRules.all()) { // rule order, so output is deterministic
      Group g = groups.get(rule);
      if (g == null || g.bytes < rule.minBytes()) {
        continue;
      }
      List<String> roots = g.roots.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      int layer = g.perLayer.entrySet().stream().max(Comparator.comparingLong(Map.Entry<Integer, Long>::getValue))
          .map(Map.Entry::getKey).orElse(-1);
      out.add(new Draft(rule.category(), severity(rule.category(), g.bytes), Draft.layer(layer), roots, g.bytes,
          title(rule, g.bytes, roots), rule.recommendation(), g.bytes));
    }
    return out;
  }

  private static Severity severity(Category category, long bytes) {
    return switch (category) {
      case TOOLCHAIN, VCS -> Severity.WARNING;
      case PACKAGE_CACHE -> bytes >= MB ? Severity.WARNING : Severity.INFO;
      default -> Severity.INFO;
    };
  }

  private static String title(PathRule rule, long bytes, List<String> roots) {
    String where = roots.size() == 1 ? " in " + roots.get(0) : " in " + roots.size() + " places";
    return switch (rule.category()) {
      case TOOLCHAIN -> rule.group() + " shipped in the runtime image: " + FindingText.size(bytes) + where
          + " (a single-stage build)";
      case VCS -> rule.group() + " shipped: " + FindingText.size(bytes) + where + " (may also leak history)";
      default -> rule.group() + ": " + FindingText.size(bytes) + where;
    };
  }
}
