package dev.footprint.runtime.internal.container;

import dev.footprint.runtime.internal.ready.LogTail;
import java.util.Optional;

/**
 * A started container or process. {@link #close()} stops it and removes everything the launch
 * created (container state, cgroups, mounts, temporary directories); it is idempotent and safe to
 * call from a shutdown hook.
 */
public interface Launched extends AutoCloseable {

  /** {@link System#nanoTime()} when the start command was issued: startup time counts from here. */
  long startedAtNanos();

  /** Host pid of the main process, once known. */
  long pid();

  /** The cgroup the workload runs in, when footprint knows it (runc, process with a cgroup). */
  Optional<CgroupPlace> cgroup();

  boolean isAlive();

  /** Exit code after the main process ended by itself, else empty. */
  Optional<Integer> exitCode();

  LogTail logs();

  /** Short name for messages, e.g. "runc container footprint-1a2b". */
  String describe();

  @Override
  void close();
}
