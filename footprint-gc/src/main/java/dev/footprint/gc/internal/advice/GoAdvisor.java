package dev.footprint.gc.internal.advice;

import static dev.footprint.gc.internal.advice.Figures.mib;
import static dev.footprint.gc.internal.advice.Figures.pct;

import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcOptions;
import dev.footprint.gc.internal.stats.GoSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Go tuning advice after the Go GC guide: GOGC trades heap for GC CPU (doubling it roughly halves
 * GC CPU and doubles heap overhead); GOMEMLIMIT caps the total and should leave 5–10% headroom
 * below a container limit for memory the runtime does not track; a goal pinned to the live heap
 * means the memory limit, not GOGC, is driving the collector.
 */
public final class GoAdvisor {
  /** The headroom rule: GOMEMLIMIT at 90% of the container limit. */
  static final double HEADROOM = 0.10;

  private final GcOptions options;

  public GoAdvisor(GcOptions options) {
    this.options = options;
  }

  public List<Advice> advise(GcAnalysis a, GoSignals s) {
    List<Advice> out = new ArrayList<>();
    if (s.cycles == 0) {
      return out;
    }
    long limit = options.memoryLimitBytes();
    long peak = s.maxGoal + Math.max(0, s.maxRoots);
    String cpu = "GC used " + s.lastCpuPercent + "% of CPU since start (" + s.cycles + " cycles, "
        + String.format(Locale.ROOT, "%.1f", s.cyclesPerSecond()) + " per second)";
    if (s.limitBoundCycles >= 3 && s.lastCpuPercent >= 5) {
      out.add(
          new Advice(
              "GOMEMLIMIT",
              Figures.goSize(limit > 0 ? (long) (limit * (1 - HEADROOM)) : s.maxLive * 2),
              s.limitBoundCycles + " cycles had a heap goal within 5% of the live heap: the memory"
                  + " limit, not GOGC, is driving the GC and it is thrashing. " + cpu + ". Raise the"
                  + " limit (and the container's), or shrink the live heap (peak "
                  + mib(s.maxLive) + ").",
              List.of(s.limitBoundLine.toString(), cpu)));
      return out;
    }
    boolean busy = s.lastCpuPercent >= 10 || s.minimumHeapCycles * 2 > s.cycles && s.cycles > 20;
    if (busy) {
      gogc(s, limit, cpu, out);
    }
    if (limit > 0) {
      memLimit(s, limit, peak, out);
    }
    return out;
  }

  private void gogc(GoSignals s, long limit, String cpu, List<Advice> out) {
    long live = Math.max(s.maxLive, 1L << 20);
    long roots = Math.max(0, s.maxRoots);
    for (int gogc : new int[] {400, 200, 150}) {
      long newPeak = live + (live + roots) * gogc / 100;
      if (limit > 0 && newPeak > limit * (1 - HEADROOM)) {
        continue;
      }
      out.add(
          new Advice(
              "GOGC",
              Integer.toString(gogc),
              cpu + ". Raising GOGC from 100 to " + gogc + " cuts GC frequency and CPU to about "
                  + (100 * 100 / gogc) + "% at the cost of heap: the heap goal grows from about "
                  + mib(s.maxGoal) + " to about " + mib(newPeak)
                  + (limit > 0 ? ", within the " + mib(limit) + " limit" : "") + ".",
              List.of(s.lastLine.toString(), "peak live heap " + mib(s.maxLive))));
      return;
    }
  }

  private void memLimit(GoSignals s, long limit, long peak, List<Advice> out) {
    double share = 100.0 * peak / limit;
    String evidence = "peak heap goal + stacks/globals " + mib(peak) + " = " + pct(share)
        + " of the " + mib(limit) + " limit";
    if (peak > limit * (1 - HEADROOM)) {
      out.add(
          new Advice(
              "GOGC",
              "50",
              "the heap already reaches " + pct(share) + " of the container limit; a GOMEMLIMIT"
                  + " this close would make the GC thrash. Raise the container limit, or lower"
                  + " GOGC to keep the heap goal further below it.",
              List.of(evidence, s.lastLine.toString())));
      return;
    }
    out.add(
        new Advice(
            "GOMEMLIMIT",
            Figures.goSize((long) (limit * (1 - HEADROOM))),
            "the program owns a " + mib(limit) + " container: a soft limit at 90% of it (10%"
                + " headroom for memory the Go runtime does not count) makes the GC work harder"
                + " only when memory runs short, instead of the container being OOM-killed.",
            List.of(evidence)));
  }
}
