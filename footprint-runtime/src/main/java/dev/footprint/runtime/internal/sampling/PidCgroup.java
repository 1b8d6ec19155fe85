package dev.footprint.runtime.internal.sampling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The cgroup directory a process lives in, from {@code /proc/PID/cgroup}: the memory controller's
 * line on v1 and hybrid hosts, the unified {@code 0::} line on v2. Lets footprint sample a
 * container docker or podman started with the same cgroup figures docker stats shows.
 */
final class PidCgroup {
  private PidCgroup() {}

  static Optional<Path> directory(Path proc, Path cgroupRoot, long pid) {
    List<String> lines;
    try {
      lines = Files.readAllLines(proc.resolve(Long.toString(pid)).resolve("cgroup"));
    } catch (IOException e) {
      return Optional.empty();
    }
    return directory(lines, cgroupRoot);
  }

  static Optional<Path> directory(List<String> lines, Path cgroupRoot) {
    String unified = null;
    for (String line : lines) {
      String[] f = line.split(":", 3);
      if (f.length < 3) {
        continue;
      }
      for (String controller : f[1].split(",")) {
        if (controller.equals("memory")) {
          return Optional.of(under(cgroupRoot.resolve("memory"), f[2]));
        }
      }
      if (f[0].equals("0") && f[1].isEmpty()) {
        unified = f[2];
      }
    }
    boolean v2 = Files.exists(cgroupRoot.resolve("cgroup.controllers"));
    return unified != null && v2 ? Optional.of(under(cgroupRoot, unified)) : Optional.empty();
  }

  private static Path under(Path root, String path) {
    String rel = path.startsWith("/") ? path.substring(1) : path;
    return rel.isEmpty() ? root : root.resolve(rel);
  }
}
