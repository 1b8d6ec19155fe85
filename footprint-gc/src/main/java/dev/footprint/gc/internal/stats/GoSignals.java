package dev.footprint.gc.internal.stats;

import dev.footprint.gc.internal.parse.Evidence;
import dev.footprint.gc.internal.parse.GoCycle;

/** What Go tuning advice needs from a gctrace: extremes, counts and the lines behind them. */
public final class GoSignals {
  public long cycles;
  public long forced;
  public int lastCpuPercent;
  public Evidence lastLine;
  public int procs;
  public long maxGoal = -1;
  public long maxLive = -1;
  public long firstLive = -1;
  public long lastLive = -1;
  public long maxRoots = -1;
  /** Cycles whose goal was within 5% of the live heap: the memory limit, not GOGC, drove them. */
  public long limitBoundCycles;
  public Evidence limitBoundLine;
  public long minimumHeapCycles;
  public double assistMs;
  public double backgroundMs;
  public double firstSeconds = Double.NaN;
  public double lastSeconds;
  /** The GOMEMLIMIT the log shows, -1 when it shows none. */
  public long memoryLimit = -1;
  public Evidence memoryLimitLine;

  void memoryLimit(long bytes, Evidence line) {
    memoryLimit = bytes;
    memoryLimitLine = line;
  }

  void add(GoCycle c) {
    cycles++;
    if (c.forced()) {
      forced++;
    }
    if (Double.isNaN(firstSeconds)) {
      firstSeconds = c.seconds();
    }
    lastSeconds = c.seconds();
    lastCpuPercent = c.cpuPercent();
    lastLine = c.line();
    procs = Math.max(procs, c.procs());
    maxGoal = Math.max(maxGoal, c.goal());
    maxLive = Math.max(maxLive, c.heapLive());
    if (firstLive < 0) {
      firstLive = c.heapLive();
    }
    lastLive = c.heapLive();
    maxRoots = Math.max(maxRoots, Math.max(0, c.stacks()) + Math.max(0, c.globals()));
    if (!c.forced() && c.goal() > (8L << 20) && c.goal() <= c.heapLive() * 105 / 100) {
      limitBoundCycles++;
      limitBoundLine = c.line();
    }
    if (!c.forced() && c.goal() <= (4L << 20)) {
      minimumHeapCycles++;
    }
    assistMs += c.assistCpuMs();
    backgroundMs += c.backgroundCpuMs();
  }

  /** Cycles per second over the trace (0 if it covers no time). */
  public double cyclesPerSecond() {
    double window = lastSeconds - firstSeconds;
    return cycles < 2 || !(window > 0) ? 0 : (cycles - 1) / window;
  }
}
