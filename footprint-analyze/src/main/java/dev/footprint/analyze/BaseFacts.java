package dev.footprint.analyze;

import java.util.Map;
import java.util.Optional;

/**
 * What the image's OS layer is: os-release name, libc (from the loader present) and installed
 * package counts per package manager. Immutable.
 *
 * @param libc {@code glibc}, {@code musl} or {@code none}
 * @param packages e.g. {@code dpkg -> 112}
 */
public record BaseFacts(Optional<String> os, String libc, Map<String, Integer> packages) {
  public BaseFacts {
    packages = Map.copyOf(packages);
  }
}
