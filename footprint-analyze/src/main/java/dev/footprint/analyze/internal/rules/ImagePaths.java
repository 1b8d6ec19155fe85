package dev.footprint.analyze.internal.rules;

import java.util.Locale;

/**
 * How layer paths read for rules and for people. Linux layers hold the root file system; Windows
 * layers hold it under {@code Files/} (with registry hives under {@code Hives/}, which no path rule
 * applies to), and Windows paths compare without case. Immutable.
 */
public record ImagePaths(boolean windows) {

  /** The path as rules see it (relative, '/'-separated), or null when no rule applies. */
  public String ruleKey(String path) {
    if (!windows) {
      return path;
    }
    if (path.regionMatches(true, 0, "Files/", 0, 6) && path.length() > 6) {
      return path.substring(6).toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** Rule key split into segments, or null. */
  public String[] segments(String path) {
    String key = ruleKey(path);
    return key == null || key.isEmpty() ? null : key.split("/");
  }

  /** The path as a user of the image would write it: /usr/bin/x, or C:\Windows\x. */
  public String display(String path) {
    if (!windows) {
      return "/" + path;
    }
    if (path.regionMatches(true, 0, "Files/", 0, 6)) {
      return "C:\\" + path.substring(6).replace('/', '\\');
    }
    return path;
  }

  /** The rule key of a display-path prefix length {@code depth} in segments. */
  public String displayRoot(String path, int depth) {
    String key = windows ? path.substring(6) : path;
    String[] parts = key.split("/");
    String root = String.join("/", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length)));
    return display(windows ? "Files/" + root : root);
  }
}
