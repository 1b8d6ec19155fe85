package dev.footprint.runtime.internal.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cgroup hierarchy the host has. v2 when the root carries {@code cgroup.controllers};
 * otherwise v1 with one mount per controller (hybrid hosts also have {@code unified}, which holds
 * no controllers and is ignored for limits).
 */
public record CgroupLayout(int version, Path root) {
  static final List<String> V1_CONTROLLERS = List.of("memory", "cpu", "cpuacct", "pids", "blkio");

  public static CgroupLayout ofHost() {
    return of(Path.of("/sys/fs/cgroup"));
  }

  public static CgroupLayout of(Path root) {
    return new CgroupLayout(Files.exists(root.resolve("cgroup.controllers")) ? 2 : 1, root);
  }

  /** Directories of a group named {@code name} directly under each hierarchy's root. */
  public Map<String, Path> directories(String name) {
    Map<String, Path> dirs = new LinkedHashMap<>();
    if (version == 2) {
      dirs.put("", root.resolve(name));
    } else {
      for (String c : V1_CONTROLLERS) {
        if (Files.isDirectory(root.resolve(c))) {
          dirs.put(c, root.resolve(c).resolve(name));
        }
      }
    }
    return dirs;
  }

  /** Whether footprint can make groups here (root on Linux with cgroupfs mounted read-write). */
  public boolean writable() {
    Path probe = version == 2 ? root : root.resolve("memory");
    return Files.isDirectory(probe) && Files.isWritable(probe);
  }
}
