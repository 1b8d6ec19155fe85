package dev.footprint.runtime.internal.sampling;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.RunSample;
import dev.footprint.runtime.internal.container.CgroupPlace;
import dev.footprint.runtime.internal.container.Launched;
import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.Samplers;
import dev.footprint.runtime.sample.TargetGoneException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples a launched workload at a fixed rate on one daemon thread, from the moment it starts.
 * The sampler is created lazily because a container's pid and cgroup appear only once the runtime
 * has set it up. Thread-safe: {@link #samples()} may be read while sampling runs.
 */
public final class SampleLoop implements AutoCloseable {
  private final Launched launched;
  private final ScheduledExecutorService timer;
  private final List<RunSample> samples = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private Sampler sampler;
  private boolean gone;

  public SampleLoop(Launched launched, Duration interval) {
    this.launched = launched;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "footprint-sampler");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(this::tick, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void tick() {
    if (gone) {
      return;
    }
    try {
      if (sampler == null) {
        sampler = open().orElse(null);
        if (sampler == null) {
          return;
        }
      }
      long before = System.nanoTime();
      Sample s = sampler.sample();
      // The reading spans the read itself; stamp it at the middle.
      long elapsed = ((before + System.nanoTime()) / 2 - launched.startedAtNanos()) / 1_000_000;
      RunSample r = toRunSample(elapsed, s);
      synchronized (this) {
        samples.add(r);
        for (String n : s.notes()) {
          if (!notes.contains(n)) {
            notes.add(n);
          }
        }
      }
    } catch (TargetGoneException e) {
      gone = true;
    } catch (FootprintException | RuntimeException e) {
      synchronized (this) {
        if (!notes.contains(e.getMessage())) {
          notes.add(String.valueOf(e.getMessage()));
        }
      }
    }
  }

  private Optional<Sampler> open() throws FootprintException {
    Optional<CgroupPlace> place = launched.cgroup();
    if (place.isPresent()) {
      CgroupPlace p = place.get();
      java.nio.file.Path probe = p.directories().values().iterator().next();
      if (!java.nio.file.Files.isDirectory(probe)) {
        return Optional.empty(); // the runtime has not made it yet
      }
      return Optional.of(Samplers.forTarget(new SampleTarget.Cgroup(p.name(), p.version(), p.directories())));
    }
    long pid = launched.pid();
    if (pid <= 0) {
      return Optional.empty();
    }
    if (launched.inOwnCgroup()) {
      // docker/podman: the container's cgroup, found from its main process.
      Optional<java.nio.file.Path> dir = PidCgroup.directory(java.nio.file.Path.of("/proc"),
          java.nio.file.Path.of("/sys/fs/cgroup"), pid);
      if (dir.isPresent() && java.nio.file.Files.isDirectory(dir.get())) {
        return Optional.of(Samplers.forTarget(Samplers.locateCgroup(dir.get().toString())));
      }
    }
    return Optional.of(Samplers.forProcess(pid));
  }

  /**
   * Cgroup figures win where present: they count every process of the container, including ones
   * that already exited (CPU), and memory is the working set docker stats shows.
   */
  static RunSample toRunSample(long elapsedMs, Sample s) {
    Optional<CgroupStats> cg = s.cgroup();
    double cpu = cg.filter(c -> c.cpuNanos() >= 0).map(c -> c.cpuNanos() / 1e9).orElse(Math.max(0, s.cpuSeconds()));
    // A cgroup that reports no working set while its processes hold resident memory has not been
    // charged yet (sampled in the instant the group is joined): the processes' figure is the truth.
    long memory = cg.filter(c -> c.memoryWorkingSetBytes() > 0).map(CgroupStats::memoryWorkingSetBytes)
        .orElse(Math.max(0, s.residentBytes()));
    long pids = cg.filter(c -> c.pids() >= 0).map(CgroupStats::pids).orElse(Math.max(0, s.threads()));
    long read = cg.filter(c -> c.ioReadBytes() >= 0).map(CgroupStats::ioReadBytes).orElse(Math.max(0, s.readBytes()));
    long write = cg.filter(c -> c.ioWriteBytes() >= 0).map(CgroupStats::ioWriteBytes).orElse(Math.max(0, s.writeBytes()));
    if (Double.isNaN(cpu)) {
      cpu = 0;
    }
    return new RunSample(elapsedMs, cpu, memory, (int) pids, (int) Math.max(0, s.openFiles()), read, write);
  }

  /** Takes one last sample (so short runs still have a figure), then stops. */
  public void finish() {
    timer.shutdown();
    try {
      if (timer.awaitTermination(2, TimeUnit.SECONDS)) {
        // The timer thread has stopped, so this thread may take the last sample itself; without
        // it a run shorter than one interval would keep only the sample taken at the start.
        tick();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public synchronized List<RunSample> samples() {
    return List.copyOf(samples);
  }

  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    if (sampler != null) {
      sampler.close();
    }
  }
}
