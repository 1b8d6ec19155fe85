package dev.footprint.analyze.internal.rules;

import java.util.List;

/**
 * A path pattern over '/'-separated segments: {@code *} matches within one segment, a segment of
 * {@code **} matches zero or more segments. A pattern names a directory or file; a path matches
 * when the pattern matches the path itself or one of its ancestors, and {@link #matchedDepth}
 * tells how many leading segments form that matched root. Immutable.
 */
public record Glob(String pattern, List<String> segments) {

  public static Glob of(String pattern) {
    return new Glob(pattern, List.of(pattern.split("/")));
  }

  /**
   * Number of leading segments of {@code path} matched by this pattern (the matched root), or -1
   * when neither the path nor an ancestor matches. The shortest root wins.
   */
  public int matchedDepth(String[] path) {
    String first = segments.get(0);
    if (!first.equals("**") && !hasWildcard(first) && (path.length == 0 || !path[0].equals(first))) {
      return -1; // the common case, decided without the search below
    }
    if (first.equals("**") && segments.size() > 1 && !hasWildcard(segments.get(1))
        && !java.util.Arrays.asList(path).contains(segments.get(1))) {
      return -1;
    }
    if (!segments.contains("**")) {
      int depth = segments.size(); // without '**' a glob matches exactly one depth
      return depth <= path.length && matches(0, path, 0, depth) ? depth : -1;
    }
    for (int depth = 1; depth <= path.length; depth++) {
      if (matches(0, path, 0, depth)) {
        return depth;
      }
    }
    return -1;
  }

  private boolean matches(int si, String[] path, int pi, int end) {
    if (si == segments.size()) {
      return pi == end;
    }
    String seg = segments.get(si);
    if (seg.equals("**")) {
      for (int k = pi; k <= end; k++) {
        if (matches(si + 1, path, k, end)) {
          return true;
        }
      }
      return false;
    }
    return pi < end && wildcard(seg, path[pi]) && matches(si + 1, path, pi + 1, end);
  }

  private static boolean hasWildcard(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0;
  }

  /** {@code *} (any run) and {@code ?} (one char) within a segment. */
  static boolean wildcard(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
