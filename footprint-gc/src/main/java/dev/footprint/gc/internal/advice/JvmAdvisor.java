package dev.footprint.gc.internal.advice;

import static dev.footprint.gc.internal.advice.Figures.mib;
import static dev.footprint.gc.internal.advice.Figures.ms;
import static dev.footprint.gc.internal.advice.Figures.pct;

import dev.footprint.gc.Advice;
import dev.footprint.gc.AdviceKind;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcOptions;
import dev.footprint.gc.internal.parse.Evidence;
import dev.footprint.gc.internal.stats.JvmSignals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * JVM tuning advice after Oracle's G1 tuning guide, ranked by the constraint that binds: a heap
 * that cannot fit its container or its live set first (with the heap that small, Full GCs,
 * evacuation failures and low throughput follow from it and are not advised on separately), then
 * a pause goal G1 cannot meet, then allocation pressure, then marking that starts too late (IHOP),
 * evacuation reserve, humongous objects and explicit GCs. Each piece of advice quotes the lines
 * and figures that triggered it and names the figures it should change; a log that shows no
 * problem gets none.
 */
public final class JvmAdvisor {
  private static final long MAX_REGION = 32L << 20;

  private final GcOptions options;
  private final double goalMs;

  public JvmAdvisor(GcOptions options, double goalMs) {
    this.options = options;
    this.goalMs = goalMs;
  }

  public List<Advice> advise(GcAnalysis a, JvmSignals s, long availableMemory) {
    List<Advice> out = new ArrayList<>();
    boolean g1 = a.collector().equals("G1");
    long unexplainedFull = a.fullGcCount() - s.explicitFullGcs;
    JvmHeapSizing sizing = new JvmHeapSizing(options.memoryLimitBytes(), availableMemory);
    Optional<JvmHeapSizing.Heap> heap = JvmHeapSizing.heap(a, unexplainedFull);
    boolean pressed = heap.map(JvmHeapSizing.Heap::pressed).orElse(false);
    heap.flatMap(h -> sizing.advise(h, s, unexplainedFull, symptoms(a, unexplainedFull)))
        .ifPresent(out::add);
    boolean pauseBound = g1 && pauseGoal(a, s).map(out::add).orElse(false);
    if (!pressed && !pauseBound && heap.isPresent() && allocationBound(a, s)) {
      sizing.allocation(a, heap.get(), List.of(s.longestPause.toString())).ifPresent(out::add);
    }
    if (g1 && !pressed) {
      if (unexplainedFull > 0) {
        out.add(ihop(s, unexplainedFull, a.concurrentCycles()));
      }
      if (a.evacuationFailures() > 0) {
        out.add(reserve(a, s));
      }
    }
    if (g1) {
      humongous(a, s, pressed ? 0 : unexplainedFull).ifPresent(out::add);
    }
    if (s.explicitFullGcs > 0) {
      out.add(explicitGc(s));
    }
    out.sort(Comparator.comparing(Advice::kind));
    return out;
  }

  /** What a too-small heap causes, as the heap advice names it: " (103 Full GC(s) ran, …)". */
  private static String symptoms(GcAnalysis a, long fullGcs) {
    List<String> parts = new ArrayList<>();
    if (fullGcs > 0) {
      parts.add(fullGcs + " Full GC(s) ran");
    }
    if (a.evacuationFailures() > 0) {
      parts.add(a.evacuationFailures() + " evacuation failure(s)");
    }
    if (a.throughputPercent() < 95 && a.pauses().count() >= 10) {
      parts.add("the application ran only " + pct(a.throughputPercent()) + " of the time");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ": what a heap this full causes)";
  }

  /** Throughput low, many pauses, none long: the collector keeps up but collects too often. */
  private boolean allocationBound(GcAnalysis a, JvmSignals s) {
    return a.throughputPercent() < 95 && s.youngPauses >= 10 && s.longestPauseMs < goalMs
        && s.longestPause != null;
  }

  private Optional<Advice> pauseGoal(GcAnalysis a, JvmSignals s) {
    if (s.youngOverGoal == 0 || s.youngOverGoal * 20 < s.youngPauses) {
      return Optional.empty();
    }
    long achievable = (long) Math.ceil(a.pauses().p99Ms() / 50) * 50;
    return Optional.of(
        new Advice(
            AdviceKind.PAUSE_GOAL,
            "MaxGCPauseMillis",
            Long.toString(Math.max(achievable, (long) goalMs)),
            s.youngOverGoal + " of " + s.youngPauses + " young/mixed pauses exceeded the "
                + ms(goalMs) + " goal: G1 cannot meet it with this live set, since a young pause"
                + " lasts as long as copying its survivors takes. Set a goal it can meet (its p99"
                + " pause is " + ms(a.pauses().p99Ms()) + "), or make fewer objects survive a young"
                + " collection; remove -Xmn/-XX:NewRatio if set, they stop G1 from sizing the young"
                + " generation for the goal.",
            "young/mixed pauses over the goal (" + s.youngOverGoal + " of " + s.youngPauses
                + ", p99 " + ms(a.pauses().p99Ms()) + ")",
            List.of(
                s.youngOverGoalLine.toString(),
                "p99 pause " + ms(a.pauses().p99Ms()) + ", goal " + ms(goalMs)
                    + (options.pauseGoalMs() > 0 ? " (--pause-goal)" : " (G1's default)"))));
  }

  private Advice ihop(JvmSignals s, long fullGcs, long cycles) {
    List<String> evidence = strings(s.fullGcs);
    String started;
    long value;
    if (s.concurrentStarts > 0) {
      value = Math.max(20, (long) Math.floor(s.concurrentStartMinOccupancy) - 10);
      started =
          "concurrent marking started at " + pct(s.concurrentStartMinOccupancy) + "–"
              + pct(s.concurrentStartMaxOccupancy) + " heap occupancy";
      evidence.add(s.concurrentStartLine.toString());
    } else {
      value = 35;
      started =
          cycles == 0
              ? "no concurrent marking cycle ran"
              : cycles + " concurrent cycle(s) ran but did not free enough in time";
    }
    return new Advice(
        AdviceKind.MARKING,
        "InitiatingHeapOccupancyPercent",
        Long.toString(value),
        fullGcs + " Full GC(s) not requested by System.gc() while the live set leaves the heap room:"
            + " the heap filled before marking could reclaim old regions (" + started + "). Start"
            + " marking earlier: set this with -XX:-G1UseAdaptiveIHOP, or raise G1ReservePercent so"
            + " adaptive IHOP keeps a bigger buffer.",
        "Full GCs (" + fullGcs + ")",
        evidence);
  }

  private static Advice reserve(GcAnalysis a, JvmSignals s) {
    return new Advice(
        AdviceKind.EVACUATION,
        "G1ReservePercent",
        "20",
        a.evacuationFailures() + " evacuation failure(s): G1 ran out of free regions to copy live"
            + " objects into. A bigger reserve (default 10%) keeps regions free for evacuation and"
            + " makes adaptive IHOP start marking earlier.",
        "evacuation failures (" + a.evacuationFailures() + ")",
        strings(s.evacuationFailures));
  }

  /** {@code fullGcs}: Full GCs the heap's size does not explain, which any humongous region may cause. */
  private static Optional<Advice> humongous(GcAnalysis a, JvmSignals s, long fullGcs) {
    long region = a.heap().regionSizeBytes();
    long committed = a.heap().committedPeakBytes();
    if (s.humongousPeakRegions <= 0 || region <= 0 || committed <= 0 || region >= MAX_REGION) {
      return Optional.empty();
    }
    double share = 100.0 * s.humongousPeakRegions * region / committed;
    if (share < 5 && fullGcs == 0) {
      return Optional.empty();
    }
    long next = Math.min(MAX_REGION, region * (share >= 20 ? 4 : 2));
    return Optional.of(
        new Advice(
            AdviceKind.HUMONGOUS,
            "G1HeapRegionSize",
            (next >> 20) + "m",
            "humongous objects (larger than half a " + mib(region) + " region) filled up to "
                + s.humongousPeakRegions + " regions, " + pct(share) + " of the heap; each needs"
                + " contiguous free regions and is collected late. Larger regions make them"
                + " ordinary objects.",
            "humongous regions (up to " + s.humongousPeakRegions + ")",
            List.of(s.humongousLine.toString(), "region size " + mib(region))));
  }

  private static Advice explicitGc(JvmSignals s) {
    return new Advice(
        AdviceKind.EXPLICIT_GC,
        "ExplicitGCInvokesConcurrent",
        "true",
        s.explicitFullGcs + " Full GC(s) caused by System.gc(): with this flag they run as"
            + " concurrent cycles instead of stop-the-world compactions.",
        "Full GCs from System.gc() (" + s.explicitFullGcs + ")",
        strings(s.explicitFullGcLines));
  }

  private static List<String> strings(List<Evidence> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(e -> out.add(e.toString()));
    return out;
  }
}
