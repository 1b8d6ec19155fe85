package dev.footprint.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tells an image reference from a host program, and probes ports. */
final class Targets {
  private static final List<String> TRANSPORTS =
      List.of("docker-archive:", "oci:", "oci-archive:", "docker://", "docker-daemon:");

  private Targets() {}

  /** Image transports, OCI layout directories and .tar archives are images; the rest programs. */
  static boolean looksLikeImage(String target) {
    if (TRANSPORTS.stream().anyMatch(target::startsWith)) {
      return true;
    }
    Path p = Path.of(target);
    if (Files.isDirectory(p)) {
      return Files.exists(p.resolve("oci-layout")) || Files.exists(p.resolve("index.json"));
    }
    return target.endsWith(".tar") || (Files.isRegularFile(p) && !Files.isExecutable(p));
  }

  static boolean answers(int port) {
    return Runs.portAnswers(port);
  }
}
