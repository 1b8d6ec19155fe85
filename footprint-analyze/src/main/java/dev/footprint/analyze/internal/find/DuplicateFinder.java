package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.rules.PathRules;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * duplicate: the same content (same size and 64-bit fingerprint, taken on the single pass) under several paths of the
 * merged view. Files under a path rule (caches, toolchains, docs and their licence files) are left
 * to it: copies of a licence text in every package directory are expected, not waste.
 */
public final class DuplicateFinder implements Finder {
  static final long MIN_SAVING = 64 * 1024;
  private static final long MB = 1 << 20;

  @Override
  public List<Draft> find(AnalysisContext c) {
    Map<ByteBuffer, List<MergedView.Node>> byHash = new HashMap<>();
    for (MergedView.Node n : c.view().nodes()) {
      if (!n.record().isFile() || n.record().hash() == null) {
        continue;
      }
      if (c.paths().ruleKey(n.record().path()) == null || c.classification(n.record().path()).isPresent()) {
        continue;
      }
      ByteBuffer key = ByteBuffer.allocate(16).putLong(n.record().size()).put(n.record().hash()).flip();
      byHash.computeIfAbsent(key, h -> new ArrayList<>()).add(n);
    }
    List<Draft> out = new ArrayList<>();
    for (List<MergedView.Node> group : byHash.values()) {
      if (group.size() < 2) {
        continue;
      }
      long size = group.get(0).record().size();
      long saving = size * (group.size() - 1);
      if (saving < MIN_SAVING) {
        continue;
      }
      group.sort(Comparator.comparingInt(MergedView.Node::layer).thenComparing(n -> n.record().path()));
      List<String> paths = group.stream().map(n -> c.paths().display(n.record().path())).toList();
      int layer = group.get(group.size() - 1).layer();
      String title = FindingText.size(size) + " of identical content stored " + group.size() + " times ("
          + paths.get(0) + " and " + (group.size() - 1) + " more)";
      String rec = "keep one copy and replace the others by symlinks or hardlinks, or copy the file once in the build";
      out.add(new Draft(Category.DUPLICATE, saving >= MB ? Severity.WARNING : Severity.INFO, Draft.layer(layer), paths,
          size * group.size(), title, rec, saving));
    }
    return out;
  }
}
