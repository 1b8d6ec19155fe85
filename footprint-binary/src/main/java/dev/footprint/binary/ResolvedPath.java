package dev.footprint.binary;

import java.util.List;

/**
 * Where a path ends up after following symlinks inside a root: the final path and every symlink
 * passed on the way (in order), which must be kept for the path to keep working.
 */
public record ResolvedPath(String path, List<String> links) {
  public ResolvedPath {
    links = List.copyOf(links);
  }
}
