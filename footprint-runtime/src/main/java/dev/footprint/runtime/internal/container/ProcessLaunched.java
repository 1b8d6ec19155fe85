package dev.footprint.runtime.internal.container;

import dev.footprint.runtime.internal.limits.OwnCgroup;
import dev.footprint.runtime.internal.ready.LogTail;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A host program started by {@link ProcessRuntime}. */
final class ProcessLaunched implements Launched {
  private final Process process;
  private final OwnCgroup group;
  private final String program;
  private final LogTail logs = new LogTail();
  private boolean closed;

  private final long startedAt;

  ProcessLaunched(Process process, OwnCgroup group, String program, long startedAt) {
    this.startedAt = startedAt;
    this.process = process;
    this.group = group;
    this.program = program;
    logs.follow(process.getInputStream(), "stdout");
    logs.follow(process.getErrorStream(), "stderr");
  }

  @Override
  public long startedAtNanos() {
    return startedAt;
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public Optional<CgroupPlace> cgroup() {
    return Optional.ofNullable(group).map(OwnCgroup::place);
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public Optional<Integer> exitCode() {
    return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
  }

  @Override
  public LogTail logs() {
    return logs;
  }

  @Override
  public String describe() {
    return "process " + program;
  }

  /** TERM first so the program can flush, KILL after a second; then the cgroup goes. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    if (group != null) {
      group.close();
    }
    logs.drain(500);
  }
}
