package dev.footprint.slim.internal;

import java.util.regex.Pattern;

/**
 * A glob over image paths, the same on every host OS (unlike {@code PathMatcher}, whose syntax
 * follows the host's separators): {@code **} crosses '/', {@code *} and {@code ?} do not. A
 * leading '/' is optional, since image paths are stored relative to the root.
 */
public record PathGlob(String glob, Pattern regex) {

  public static PathGlob of(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
        re.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new PathGlob(glob, Pattern.compile(re.toString()));
  }

  /** True when {@code path} (relative, '/'-separated) matches. */
  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }
}
