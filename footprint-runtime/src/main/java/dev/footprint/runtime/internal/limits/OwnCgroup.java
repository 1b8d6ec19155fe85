package dev.footprint.runtime.internal.limits;

import dev.footprint.runtime.Limits;
import dev.footprint.runtime.internal.container.CgroupPlace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cgroup footprint creates itself for a host process, so a plain process gets the same
 * accounting (working set, peak, tasks) and the same limits as a container. Removing it kills
 * whatever is left inside first, because a cgroup with members cannot be removed.
 */
public final class OwnCgroup implements AutoCloseable {
  private final CgroupLayout layout;
  private final String name;
  private final Map<String, Path> dirs;
  private boolean removed;

  private OwnCgroup(CgroupLayout layout, String name, Map<String, Path> dirs) {
    this.layout = layout;
    this.name = name;
    this.dirs = dirs;
  }

  /** Creates the group and writes the limits. On failure nothing is left behind. */
  public static OwnCgroup create(CgroupLayout layout, String name, Limits limits) throws IOException {
    OwnCgroup group = new OwnCgroup(layout, name, layout.directories(name));
    try {
      for (Path d : group.dirs.values()) {
        Files.createDirectory(d);
      }
      group.applyLimits(limits);
      return group;
    } catch (IOException | RuntimeException e) {
      group.close();
      throw e;
    }
  }

  private void applyLimits(Limits limits) throws IOException {
    if (layout.version() == 2) {
      Path d = dirs.get("");
      if (limits.memoryBytes() > 0) {
        write(d.resolve("memory.max"), Long.toString(limits.memoryBytes()));
        write(d.resolve("memory.swap.max"), "0");
      }
      if (limits.cpus() > 0) {
        write(d.resolve("cpu.max"), limits.cpuQuotaMicros() + " " + Limits.CPU_PERIOD_MICROS);
      }
      return;
    }
    if (limits.memoryBytes() > 0) {
      write(dirs.get("memory").resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
    }
    if (limits.cpus() > 0) {
      Path cpu = dirs.get("cpu");
      write(cpu.resolve("cpu.cfs_period_us"), Long.toString(Limits.CPU_PERIOD_MICROS));
      write(cpu.resolve("cpu.cfs_quota_us"), Long.toString(limits.cpuQuotaMicros()));
    }
  }

  /** The {@code cgroup.procs} files a new process must join, one per hierarchy. */
  public List<Path> procsFiles() {
    return dirs.values().stream().map(d -> d.resolve("cgroup.procs")).toList();
  }

  public CgroupPlace place() {
    return new CgroupPlace(name, layout.version(), dirs);
  }

  /** Kills any process still inside, then removes the directories. Idempotent. */
  @Override
  public void close() {
    if (removed) {
      return;
    }
    removed = true;
    Path procs = procsFiles().isEmpty() ? null : procsFiles().get(0);
    long deadline = System.currentTimeMillis() + 5000;
    while (procs != null && System.currentTimeMillis() < deadline) {
      List<Long> pids = members(procs);
      if (pids.isEmpty()) {
        break;
      }
      pids.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
      sleep(20);
    }
    for (Path d : dirs.values()) {
      removeDir(d, deadline);
    }
  }

  private static void removeDir(Path d, long deadline) {
    while (true) {
      try {
        Files.deleteIfExists(d);
        return;
      } catch (IOException e) {
        // EBUSY while the kernel still accounts exiting tasks: retry briefly.
        if (System.currentTimeMillis() > deadline) {
          return;
        }
        sleep(20);
      }
    }
  }

  private static List<Long> members(Path procs) {
    List<Long> pids = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(procs)) {
        if (!line.isBlank()) {
          pids.add(Long.parseLong(line.trim()));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | NumberFormatException e) {
      return List.of();
    }
    return pids;
  }

  private static void write(Path file, String value) throws IOException {
    Files.writeString(file, value, StandardCharsets.US_ASCII);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
