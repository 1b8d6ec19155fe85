package dev.footprint.slim;

/**
 * What one transformation changed. Immutable.
 *
 * @param name stable JSON name: {@code drop-wasted}, {@code strip}, {@code package-cache},
 *     {@code docs}, {@code vcs}, {@code minify}
 * @param bytesSaved file bytes the output no longer carries because of it
 * @param filesRemoved entries removed (0 for strip, which rewrites files in place)
 * @param paths up to a few example paths it touched, for the report
 */
public record Transformation(String name, long bytesSaved, long filesRemoved, java.util.List<String> paths) {
  public Transformation {
    paths = java.util.List.copyOf(paths);
  }
}
