package dev.footprint.binary;

import java.util.List;

/**
 * A DT_NEEDED entry found on disk: the name asked for, the object that asked, the file it
 * resolved to, and the symlinks passed to get there (e.g. /lib -> usr/lib, libssl.so.3 -> ...).
 */
public record ResolvedLibrary(String name, String neededBy, String path, List<String> links) {
  public ResolvedLibrary {
    links = List.copyOf(links);
  }
}
