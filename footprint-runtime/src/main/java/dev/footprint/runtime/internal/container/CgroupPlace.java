package dev.footprint.runtime.internal.container;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a workload's cgroup lives: for cgroup v2 one directory keyed {@code ""}, for v1 and hybrid
 * hosts one directory per controller ({@code memory}, {@code cpu}, {@code cpuacct}, {@code pids},
 * {@code blkio}).
 */
public record CgroupPlace(String name, int version, Map<String, Path> directories) {
  public CgroupPlace {
    directories = Map.copyOf(directories);
  }
}
