package dev.footprint.binary;

import java.util.Optional;

/**
 * A module line of Go build info: path, version ({@code (devel)} for the main module built from a
 * work tree), checksum (may be empty) and an optional replacement.
 */
public record GoModule(String path, String version, String sum, Optional<GoModule> replacement) {
  public GoModule {
    if (path == null || version == null || sum == null || replacement == null) {
      throw new IllegalArgumentException("module fields must not be null");
    }
  }
}
