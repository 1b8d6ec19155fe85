package dev.footprint.slim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob over image paths, the same on every host OS (unlike {@code PathMatcher}, whose syntax
 * follows the host's separators): {@code **} crosses '/', {@code *} and {@code ?} do not. A
 * leading '/' is optional, since image paths are stored relative to the root.
 *
 * @param prefix the literal text before the first wildcard (the whole glob when it has none)
 * @param literals the literal runs between wildcards, each of which a matching path contains
 */
public record PathGlob(String glob, Pattern regex, String prefix, List<String> literals) {

  public static PathGlob of(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    StringBuilder re = new StringBuilder();
    List<String> literals = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    String prefix = null;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      boolean wildcard = c == '*' || c == '?';
      if (wildcard) {
        prefix = prefix == null ? literal.toString() : prefix;
        if (literal.length() > 0) {
          literals.add(literal.toString());
          literal.setLength(0);
        }
      }
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
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      literals.add(literal.toString());
    }
    return new PathGlob(glob, Pattern.compile(re.toString()), prefix == null ? literal.toString() : prefix,
        List.copyOf(literals));
  }

  /**
   * True when {@code path} (relative, '/'-separated) matches. The literal prefix and the literal
   * runs between wildcards are checked first: they rule out almost every path without the
   * regex, which matters with a million files.
   */
  public boolean matches(String path) {
    if (!path.startsWith(prefix)) {
      return false;
    }
    for (String l : literals) {
      if (!path.contains(l)) {
        return false;
      }
    }
    return regex.matcher(path).matches();
  }
}
