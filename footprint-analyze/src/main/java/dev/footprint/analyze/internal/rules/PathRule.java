package dev.footprint.analyze.internal.rules;

import dev.footprint.analyze.Category;
import java.util.List;

/**
 * A classification rule: paths matching any glob belong to {@code category} under the label
 * {@code group} (e.g. "apt package lists"), with what to do about them. Immutable.
 *
 * @param minBytes findings below this total are not reported (noise, not waste)
 */
public record PathRule(Category category, String group, List<Glob> globs, String recommendation, long minBytes) {

  public PathRule {
    globs = List.copyOf(globs);
  }

  static PathRule of(Category category, String group, long minBytes, String recommendation, String... globs) {
    return new PathRule(category, group, List.of(globs).stream().map(Glob::of).toList(), recommendation, minBytes);
  }

  /** Depth of the matched root (see {@link Glob#matchedDepth}), or -1. */
  public int matchedDepth(String[] path) {
    int best = -1;
    for (Glob g : globs) {
      int d = g.matchedDepth(path);
      if (d > 0 && (best < 0 || d < best)) {
        best = d;
      }
    }
    return best;
  }
}
