package dev.footprint.analyze.internal.find;

import dev.footprint.analyze.Category;
import dev.footprint.analyze.Severity;
import dev.footprint.analyze.internal.collect.MergedView;
import dev.footprint.analyze.internal.rules.PathRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * source: a source tree (a directory with a build manifest such as go.mod, Cargo.toml, pom.xml)
 * shipped next to compiled programs. Interpreted apps (no compiled program outside system
 * directories) are not judged: there the source is the program.
 */
public final class SourceFinder implements Finder {
  private static final Set<String> MANIFESTS =
      Set.of("go.mod", "cargo.toml", "pom.xml", "build.gradle", "build.gradle.kts", "cmakelists.txt", "meson.build",
          "configure.ac", "makefile");
  private static final List<String> SYSTEM = List.of("usr/share/", "usr/lib/", "usr/include/", "usr/src/", "lib/",
      "usr/local/lib/", "usr/local/include/", "usr/local/share/", "etc/", "proc/", "sys/");

  @Override
  public List<Draft> find(AnalysisContext c) {
    boolean compiled = c.binaries().stream().anyMatch(b -> !b.info().type().equals("shared-object"));
    if (!compiled) {
      return List.of();
    }
    TreeMap<String, Long> roots = new TreeMap<>();
    for (MergedView.Node n : c.view().nodes()) {
      String key = c.paths().ruleKey(n.record().path());
      if (key == null || !n.record().isFile()) {
        continue;
      }
      int slash = key.lastIndexOf('/');
      String name = key.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
      String dir = slash < 0 ? "" : key.substring(0, slash);
      if (MANIFESTS.contains(name) && !dir.isEmpty() && !system(dir + "/")
          && PathRules.classify(key.split("/")).isEmpty()) {
        roots.put(dir, 0L);
      }
    }
    roots.keySet().removeIf(dir -> rootOf(roots, parentOf(dir)) != null);
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> layers = new TreeMap<>();
    for (MergedView.Node n : c.view().nodes()) {
      String key = c.paths().ruleKey(n.record().path());
      if (key == null || !n.record().isFile()) {
        continue;
      }
      String root = rootOf(roots, parentOf(key));
      if (root != null) {
        roots.merge(root, n.record().size(), Long::sum);
        layers.merge(root, n.layer(), Math::max);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : roots.entrySet()) {
      String display = c.paths().displayRoot(c.paths().windows() ? "Files/" + e.getKey() : e.getKey(),
          e.getKey().split("/").length);
      out.add(new Draft(Category.SOURCE, Severity.WARNING, Draft.layer(layers.getOrDefault(e.getKey(), -1)),
          List.of(display), e.getValue(), "source tree " + display + " (" + FindingText.size(e.getValue())
              + ") ships next to the programs built from it",
          "build in a separate stage and copy only the built program; keep sources out of the runtime image",
          e.getValue()));
    }
    return out;
  }

  private static boolean system(String dir) {
    return SYSTEM.stream().anyMatch(dir::startsWith);
  }

  /** The shallowest root that is {@code dir} or one of its ancestors, or null. */
  private static String rootOf(TreeMap<String, Long> roots, String dir) {
    String found = null;
    for (String d = dir; !d.isEmpty(); d = parentOf(d)) {
      if (roots.containsKey(d)) {
        found = d;
      }
    }
    return found;
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
