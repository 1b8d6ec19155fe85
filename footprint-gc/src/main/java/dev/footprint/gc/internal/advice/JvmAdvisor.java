package dev.footprint.gc.internal.advice;

import static dev.footprint.gc.internal.advice.Figures.mib;
import static dev.footprint.gc.internal.advice.Figures.ms;
import static dev.footprint.gc.internal.advice.Figures.pct;

import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcOptions;
import dev.footprint.gc.internal.parse.Evidence;
import dev.footprint.gc.internal.stats.JvmSignals;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM tuning advice after Oracle's G1 tuning guide: pause goal versus throughput, Full GCs from
 * marking that started too late (IHOP), evacuation failures (reserve), humongous objects (region
 * size), and heap sizing against the container's memory (MaxRAMPercentage). Each piece of advice
 * quotes the lines and figures that triggered it; a log that shows no problem gets none.
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
    if (g1) {
      pauseGoal(a, s, out);
      if (unexplainedFull > 0) {
        ihop(s, unexplainedFull, a.concurrentCycles(), out);
      }
      if (a.evacuationFailures() > 0) {
        out.add(
            new Advice(
                "G1ReservePercent",
                "20",
                a.evacuationFailures() + " evacuation failure(s): G1 ran out of free regions to copy"
                    + " live objects into. A bigger reserve (default 10%) keeps regions free for"
                    + " evacuation and makes adaptive IHOP start marking earlier.",
                strings(s.evacuationFailures)));
      }
      humongous(a, s, out);
    }
    if (s.explicitFullGcs > 0) {
      out.add(
          new Advice(
              "ExplicitGCInvokesConcurrent",
              "true",
              s.explicitFullGcs + " Full GC(s) caused by System.gc(): with this flag they run as"
                  + " concurrent cycles instead of stop-the-world compactions.",
              strings(s.explicitFullGcLines)));
    }
    heapSize(a, s, unexplainedFull, availableMemory, out);
    return out;
  }

  private void pauseGoal(GcAnalysis a, JvmSignals s, List<Advice> out) {
    if (s.youngOverGoal > 0 && s.youngOverGoal * 20 >= s.youngPauses) {
      long achievable = (long) Math.ceil(a.pauses().p99Ms() / 50) * 50;
      out.add(
          new Advice(
              "MaxGCPauseMillis",
              Long.toString(Math.max(achievable, (long) goalMs)),
              s.youngOverGoal + " of " + s.youngPauses + " young/mixed pauses exceeded the "
                  + ms(goalMs) + " goal: G1 cannot meet it with this heap and live set. Either"
                  + " accept a goal it can meet, or give it more heap; remove -Xmn/-XX:NewRatio if"
                  + " set, they stop G1 from sizing the young generation for the goal.",
              List.of(
                  s.youngOverGoalLine.toString(),
                  "p99 pause " + ms(a.pauses().p99Ms()) + ", goal " + ms(goalMs))));
    } else if (a.throughputPercent() < 95 && s.youngPauses >= 10 && s.longestPauseMs < goalMs / 2) {
      out.add(
          new Advice(
              "MaxGCPauseMillis",
              Long.toString((long) goalMs * 2),
              "GC pauses take " + pct(100 - a.throughputPercent()) + " of the time while the"
                  + " longest is " + ms(s.longestPauseMs) + ", well under the " + ms(goalMs)
                  + " goal. If throughput matters more than latency, a higher goal lets G1 grow"
                  + " the young generation and collect less often.",
              List.of(
                  "throughput " + pct(a.throughputPercent()) + " over " + a.pauses().count()
                      + " pauses",
                  s.longestPause.toString())));
    }
  }

  private void ihop(JvmSignals s, long fullGcs, long cycles, List<Advice> out) {
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
    out.add(
        new Advice(
            "InitiatingHeapOccupancyPercent",
            Long.toString(value),
            fullGcs + " Full GC(s) not requested by System.gc(): the heap filled before marking"
                + " could reclaim old regions (" + started + "). Start marking earlier: set this"
                + " with -XX:-G1UseAdaptiveIHOP, or raise G1ReservePercent so adaptive IHOP keeps"
                + " a bigger buffer.",
            evidence));
  }

  private void humongous(GcAnalysis a, JvmSignals s, List<Advice> out) {
    long region = a.heap().regionSizeBytes();
    long committed = a.heap().committedPeakBytes();
    if (s.humongousPeakRegions <= 0 || region <= 0 || committed <= 0 || region >= MAX_REGION) {
      return;
    }
    double share = 100.0 * s.humongousPeakRegions * region / committed;
    if (share < 5 && a.fullGcCount() == 0) {
      return;
    }
    long next = Math.min(MAX_REGION, region * (share >= 20 ? 4 : 2));
    out.add(
        new Advice(
            "G1HeapRegionSize",
            (next >> 20) + "m",
            "humongous objects (larger than half a " + mib(region) + " region) filled up to "
                + s.humongousPeakRegions + " regions, " + pct(share) + " of the heap; each needs"
                + " contiguous free regions and is collected late. Larger regions make them"
                + " ordinary objects.",
            List.of(s.humongousLine.toString(), "region size " + mib(region))));
  }

  private void heapSize(
      GcAnalysis a, JvmSignals s, long fullGcs, long availableMemory, List<Advice> out) {
    long max = Math.max(a.heap().maxHeapBytes(), a.heap().committedPeakBytes());
    long floor = Math.max(a.heap().minAfterGcBytes(), s.liveAfterFullGcBytes);
    if (max <= 0 || floor < 0) {
      return;
    }
    double fill = 100.0 * floor / max;
    // a Full GC with a small live set is a marking/IHOP problem (advised above), not a heap size one
    boolean pressed = fill > 70 || fullGcs > 0 && fill > 40;
    long limit = options.memoryLimitBytes() > 0 ? options.memoryLimitBytes() : availableMemory;
    List<String> evidence = new ArrayList<>();
    evidence.add("heap after GC never fell below " + mib(floor) + " of " + mib(max) + " ("
        + pct(fill) + ")");
    if (s.liveAfterFullGcLine != null) {
      evidence.add(s.liveAfterFullGcLine.toString());
    }
    long wanted = Math.max(floor * 3, max * 3 / 2);
    if (limit <= 0) {
      if (pressed) {
        out.add(xmx(wanted, fill, fullGcs, evidence));
      }
      return;
    }
    double share = 100.0 * max / limit;
    evidence.add("heap maximum " + mib(max) + " is " + pct(share) + " of the " + mib(limit)
        + " memory limit");
    if (share > 85) {
      out.add(
          new Advice(
              "MaxRAMPercentage",
              "75",
              "the heap may use " + pct(share) + " of the memory limit, leaving too little for"
                  + " metaspace, thread stacks, code cache and direct buffers: the container risks"
                  + " an OOM kill. Keep the heap at about 75% (or set -Xmx accordingly).",
              evidence));
    } else if (pressed && Math.abs(share - 25) <= 3) {
      out.add(
          new Advice(
              "MaxRAMPercentage",
              "75",
              "the heap is under pressure (" + pct(fill) + " full after GC, " + fullGcs
                  + " Full GC(s)) while the JVM's default sizing gives it only 25% of the"
                  + " container's memory. Let it use 75%.",
              evidence));
    } else if (pressed) {
      out.add(xmx(Math.min(wanted, limit * 3 / 4), fill, fullGcs, evidence));
    }
  }

  private static Advice xmx(long bytes, double fill, long fullGcs, List<String> evidence) {
    return new Advice(
        "Xmx",
        Figures.jvmSize(bytes),
        "the live data fills " + pct(fill) + " of the heap after GC"
            + (fullGcs > 0 ? " and " + fullGcs + " Full GC(s) ran" : "")
            + ": give the heap room for about three times the live set (within 75% of any"
            + " container limit).",
        evidence);
  }

  private static List<String> strings(List<Evidence> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(e -> out.add(e.toString()));
    return out;
  }
}
