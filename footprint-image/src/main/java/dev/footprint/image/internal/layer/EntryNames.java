package dev.footprint.image.internal.layer;

import java.util.ArrayDeque;

/**
 * Normalises layer entry names the way a container runtime resolves them: relative to the root,
 * '.' and empty segments dropped, '..' unable to climb above the root. Stateless.
 */
public final class EntryNames {
  private EntryNames() {}

  /** A normalised name plus whether the raw name tried to leave the root. */
  public record Normalised(String path, boolean escapes) {}

  public static Normalised normalise(String raw) {
    ArrayDeque<String> parts = new ArrayDeque<>();
    boolean escapes = false;
    int start = 0;
    int len = raw.length();
    while (start <= len) {
      int slash = raw.indexOf('/', start);
      int end = slash < 0 ? len : slash;
      String part = raw.substring(start, end);
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          escapes = true;
        } else {
          parts.removeLast();
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
      start = end + 1;
    }
    String path = String.join("/", parts);
    return new Normalised(path.equals(raw) ? raw : path, escapes);
  }

  /** Fast path: names that need no work ("usr/bin/x") are returned as they are. */
  public static Normalised of(String raw) {
    if (isClean(raw)) {
      return new Normalised(raw, false);
    }
    return normalise(raw);
  }

  private static boolean isClean(String raw) {
    if (raw.isEmpty() || raw.charAt(0) == '/' || raw.charAt(raw.length() - 1) == '/') {
      return false;
    }
    return !raw.contains("//") && !raw.startsWith("./") && !raw.equals(".")
        && !raw.contains("/./") && !raw.endsWith("/.") && !raw.contains("..");
  }
}
