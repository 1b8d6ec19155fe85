package dev.footprint.runtime.internal.linux;

import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/** Adds up per-process figures; a figure unreadable for any process makes the sum unavailable. */
public final class FigureSum {
  private long processes;
  private long ticks;
  private long resident;
  private long priv;
  private long threads;
  private long fds;
  private long read;
  private long written;

  public void add(ProcessFigures p) {
    processes++;
    ticks += p.cpuTicks();
    resident = plus(resident, p.residentBytes());
    priv = plus(priv, p.privateBytes());
    threads += p.stat().threads();
    fds = plus(fds, p.openFiles());
    read = plus(read, p.readBytes());
    written = plus(written, p.writeBytes());
  }

  /** CPU of children the root already reaped, so a finished worker's time is not lost. */
  public void addChildTicks(long childTicks) {
    ticks += childTicks;
  }

  public Sample toSample(Instant at, Optional<CgroupStats> cgroup, Set<String> notes) {
    long nanosPerTick = 1_000_000_000L / ProcessReader.TICKS_PER_SECOND;
    return new Sample(
        at,
        processes,
        ticks * nanosPerTick,
        resident,
        priv,
        threads,
        fds,
        read,
        written,
        cgroup,
        new ArrayList<>(notes));
  }

  private static long plus(long sum, long value) {
    return sum < 0 || value < 0 ? Sample.UNAVAILABLE : sum + value;
  }
}
