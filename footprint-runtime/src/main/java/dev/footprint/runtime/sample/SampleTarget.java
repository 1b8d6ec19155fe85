package dev.footprint.runtime.sample;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** What a {@link Sampler} watches: a process with its descendants, or a cgroup. */
public sealed interface SampleTarget {

  /** Short text for messages and report headers. */
  String describe();

  /**
   * A process and, when {@code descendants} is true, every process below it (a shell's children,
   * a container runtime's payload).
   */
  record ProcessTree(long pid, boolean descendants) implements SampleTarget {
    public ProcessTree {
      if (pid <= 0) {
        throw new IllegalArgumentException("pid must be positive: " + pid);
      }
    }

    @Override
    public String describe() {
      return "process " + pid + (descendants ? " and descendants" : "");
    }
  }

  /**
   * A cgroup. For v2 {@code directories} holds one entry keyed {@code ""}; for v1 (and hybrid
   * hosts) one entry per controller ({@code memory}, {@code cpuacct}, {@code pids}, {@code blkio}).
   *
   * @param name what the user asked for (a container id or a path), for messages
   * @param version 1 or 2
   * @param directories cgroup directories by controller
   */
  record Cgroup(String name, int version, Map<String, Path> directories) implements SampleTarget {
    public Cgroup {
      Objects.requireNonNull(name, "name");
      directories = Map.copyOf(directories);
      if (directories.isEmpty()) {
        throw new IllegalArgumentException("no cgroup directory for " + name);
      }
    }

    /** The directory for a controller; on v2 the single unified directory. */
    public Path directory(String controller) {
      return version == 2 ? directories.get("") : directories.get(controller);
    }

    @Override
    public String describe() {
      return "cgroup v" + version + " " + name;
    }
  }
}
