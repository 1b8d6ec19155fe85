package dev.footprint.slim.internal;

import dev.footprint.slim.SlimOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The switched-on safe removal rules and the {@code --keep} globs that protect paths from them.
 * A decision depends on the path alone, so it can be made while a layer streams, before the
 * other layers are known. Thread-safe: layers are read in parallel.
 */
public final class RemovalRules {
  private final List<RemovalRule> rules;
  private final List<PathGlob> keep;
  private final Map<String, Optional<String>> directories = new ConcurrentHashMap<>();

  private RemovalRules(List<RemovalRule> rules, List<PathGlob> keep) {
    this.rules = rules;
    this.keep = keep;
  }

  public static RemovalRules of(SlimOptions options) {
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
    return new RemovalRules(List.copyOf(rules), options.keep().stream().map(PathGlob::of).toList());
  }

  /** The transformation that removes {@code path} (relative), if any. */
  public Optional<String> ruleFor(String path) {
    for (PathGlob k : keep) {
      if (k.matches(path)) {
        return Optional.empty();
      }
    }
    int slash = path.lastIndexOf('/');
    Optional<String> above = slash > 0 ? underRule(path.substring(0, slash)) : Optional.empty();
    return above.isPresent() ? above : ownRule(path);
  }

  /**
   * The rule removing directory {@code dir} or its shallowest removed ancestor: the shallowest
   * decides, so a removed directory takes its subtree along. Remembered per directory, because
   * every file below asks again (tens of glob matches per question otherwise).
   */
  private Optional<String> underRule(String dir) {
    Optional<String> known = directories.get(dir);
    if (known != null) {
      return known;
    }
    int slash = dir.lastIndexOf('/');
    Optional<String> rule = slash > 0 ? underRule(dir.substring(0, slash)) : Optional.empty();
    if (rule.isEmpty()) {
      rule = ownRule(dir);
    }
    directories.put(dir, rule);
    return rule;
  }

  private Optional<String> ownRule(String path) {
    for (RemovalRule r : rules) {
      if (r.removes(path)) {
        return Optional.of(r.transformation());
      }
    }
    return Optional.empty();
  }
}
