package dev.footprint.gc.internal.advice;

import static dev.footprint.gc.internal.advice.Figures.mib;
import static dev.footprint.gc.internal.advice.Figures.pct;

import dev.footprint.gc.Advice;
import dev.footprint.gc.AdviceKind;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.HeapStats;
import dev.footprint.gc.internal.stats.JvmSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JVM heap against its live set and its container. Safety rules: a heap setting is at most
 * 75% of a container limit (metaspace, thread stacks, code cache and direct buffers need the
 * rest); a heap needs twice its live set to collect without back-to-back Full GCs and about
 * three times to run well, so when 75% of the limit is below twice the live set no heap setting
 * can work and the advice is the limit the program needs. The memory the JVM saw at start-up
 * ({@code Memory:}) may be the machine's: it caps advice but is never called a limit.
 */
final class JvmHeapSizing {
  static final double HEAP_SHARE = 0.75;
  private static final long MIB = 1L << 20;

  /** The heap as the log shows it: its maximum, the live-set estimate and how full that leaves it. */
  record Heap(long max, long live, double fill, boolean pressed) {}

  private final long limit;
  private final long seen;

  /** {@code limit}: the container's (0 when unknown); {@code seen}: the JVM's Memory line (-1). */
  JvmHeapSizing(long limit, long seen) {
    this.limit = limit;
    this.seen = seen;
  }

  /** Empty when the log has no heap figures. */
  static Optional<Heap> heap(GcAnalysis a, long fullGcs) {
    HeapStats h = a.heap();
    long max = Math.max(h.maxHeapBytes(), h.committedPeakBytes());
    long live = h.liveBytes();
    if (max <= 0 || live < 0) {
      return Optional.empty();
    }
    double fill = 100.0 * live / max;
    // a Full GC with a small live set is a marking problem (advised elsewhere), not a heap size one
    boolean pressed = fill > 70 || fullGcs > 0 && fill > 40;
    return Optional.of(new Heap(max, live, fill, pressed));
  }

  /** Heap-size or memory-limit advice, or nothing when the heap fits and has room. */
  Optional<Advice> advise(Heap heap, JvmSignals s, long fullGcs, String symptoms) {
    List<String> evidence = evidence(heap, s);
    long cap = cap();
    long minimum = ceilMib(2 * heap.live());
    // a heap pressed by Full GCs at 40-70% fill wants at least half as much again as it has
    long wanted = Figures.roundUp(heap.pressed() ? Math.max(3 * heap.live(), heap.max() * 3 / 2) : 3 * heap.live());
    if (heap.pressed()) {
      if (limit > 0 && (cap < minimum || Math.min(wanted, cap) <= heap.max())) {
        return Optional.of(raiseLimit(heap, wanted, minimum, symptoms, evidence));
      }
      long xmx = Math.min(wanted, cap);
      if (xmx <= heap.max()) {
        return Optional.empty(); // already at 75% of the memory the JVM saw: no setting is safe
      }
      String reason = "the live set (about " + mib(heap.live()) + " after GC) fills "
          + pct(heap.fill()) + " of the " + mib(heap.max()) + " heap" + symptoms + ". "
          + sizing(xmx, wanted, minimum);
      return Optional.of(setHeap(AdviceKind.HEAP_SIZE, heap, xmx, reason, changes(heap, fullGcs), evidence));
    }
    if (limit > 0 && heap.max() > limit * HEAP_SHARE) {
      if (cap < minimum) {
        return Optional.of(raiseLimit(heap, wanted, minimum, "", evidence));
      }
      String reason = "the heap may grow to " + mib(heap.max()) + ", " + pct(100.0 * heap.max() / limit)
          + " of the " + mib(limit) + " container limit, leaving too little for metaspace, thread"
          + " stacks, code cache and direct buffers: the container risks an OOM kill. Keep the"
          + " heap at 75% of the limit; the live set (about " + mib(heap.live()) + ") fits in it.";
      return Optional.of(setHeap(AdviceKind.MEMORY_LIMIT, heap, cap, reason,
          "heap maximum (" + mib(heap.max()) + ")", evidence));
    }
    return Optional.empty();
  }

  /**
   * Allocation-bound: the live set is small but young collections come so often that GC takes a
   * large share of the time. Their cost is set by what survives, not by the young generation's
   * size, so a larger heap (a larger young generation) makes them rarer by the same factor.
   */
  Optional<Advice> allocation(GcAnalysis a, Heap heap, List<String> evidence) {
    double gcShare = 100 - a.throughputPercent();
    long factor = Math.min(8, (long) Math.ceil(gcShare / 5));
    long xmx = Math.min(cap(), Figures.roundUp(heap.live() + (heap.max() - heap.live()) * factor));
    if (factor < 2 || xmx <= heap.max() * 5 / 4) {
      return Optional.empty();
    }
    double grown = (double) (xmx - heap.live()) / (heap.max() - heap.live());
    double perSecond = a.spanSeconds() > 0 ? a.pauses().gcCount() / a.spanSeconds() : 0;
    String rate = a.allocationRateBytesPerSec() > 0
        ? mib((long) a.allocationRateBytesPerSec()) + "/s" : "fast";
    String reason = "GC takes " + pct(gcShare) + " of the time though the live set is small (about "
        + mib(heap.live()) + " of a " + mib(heap.max()) + " heap) and pauses are short: the program"
        + " allocates " + rate + " and the young generation fills "
        + String.format(Locale.ROOT, "%.0f", perSecond) + " times a second. A heap of "
        + mib(xmx) + " gives the young generation about " + String.format(Locale.ROOT, "%.1f", grown)
        + " times the room, so collections and GC time drop by about that factor (to about "
        + pct(gcShare / grown) + "); allocating less works the same way.";
    List<String> ev = new ArrayList<>(evidence);
    ev.addAll(evidence(heap, null));
    return Optional.of(setHeap(AdviceKind.ALLOCATION, heap, xmx, reason,
        "throughput (" + pct(a.throughputPercent()) + "), collections per second ("
            + String.format(Locale.ROOT, "%.0f", perSecond) + ")", ev));
  }

  private Advice raiseLimit(Heap heap, long wanted, long minimum, String symptoms, List<String> evidence) {
    long needed = Figures.roundUp((long) Math.ceil(wanted / HEAP_SHARE));
    long least = ceilMib((long) Math.ceil(minimum / HEAP_SHARE));
    String reason = "the live set (about " + mib(heap.live()) + " after GC) needs a heap of at least "
        + mib(minimum) + " (twice the live set, the room a collector needs) and about " + mib(wanted)
        + " to run well" + symptoms + "; 75% of the " + mib(limit) + " container limit is "
        + mib(cap()) + ", so no heap setting can fit it. Raise the container's limit to "
        + mib(needed) + " (at least " + mib(least) + ") and set -Xmx" + Figures.m(wanted)
        + ", or shrink the live set.";
    return new Advice(AdviceKind.MEMORY_LIMIT, Advice.CONTAINER_MEMORY, Figures.m(needed), reason,
        "container memory limit (" + mib(limit) + "), heap maximum (" + mib(heap.max()) + ")", evidence);
  }

  private String sizing(long xmx, long wanted, long minimum) {
    String room = "Give the heap room for about three times the live set";
    if (xmx >= wanted) {
      return room + (limit > 0 ? ", within 75% of the " + mib(limit) + " container limit." : ".");
    }
    String bound = limit > 0
        ? "75% of the " + mib(limit) + " container limit"
        : "75% of the " + mib(seen) + " of memory the JVM saw (the machine's, or its container's limit)";
    return room + "; " + mib(xmx) + " is " + bound + ", the most that is safe, above the " + mib(minimum)
        + " minimum but below the " + mib(wanted) + " it wants"
        + (limit > 0 ? " (a " + mib(Figures.roundUp((long) Math.ceil(wanted / HEAP_SHARE)))
            + " limit would allow it)." : ".");
  }

  /** -Xmx, or MaxRAMPercentage for a default-sized JVM that saw the container's limit itself. */
  private Advice setHeap(AdviceKind kind, Heap heap, long bytes, String reason, String changes, List<String> evidence) {
    boolean inContainer = limit > 0 && seen > 0 && Math.abs(seen - limit) <= limit / 20;
    boolean defaultSized = seen > 0 && Math.abs(heap.max() - seen / 4) <= seen / 100;
    if (inContainer && defaultSized) {
      long percent = Math.min(75, (long) Math.ceil(100.0 * bytes / limit / 5) * 5);
      return new Advice(kind, "MaxRAMPercentage", Long.toString(percent),
          reason + " The JVM sized its heap by default at 25% of the container's memory: MaxRAMPercentage="
              + percent + " gives it " + mib(limit * percent / 100) + " and follows the limit if it changes.",
          changes, evidence);
    }
    return new Advice(kind, "Xmx", Figures.m(bytes), reason, changes, evidence);
  }

  private static String changes(Heap heap, long fullGcs) {
    return (fullGcs > 0 ? "Full GCs (" + fullGcs + "), " : "") + "heap after GC ("
        + pct(heap.fill()) + " of the maximum)";
  }

  private List<String> evidence(Heap heap, JvmSignals s) {
    List<String> out = new ArrayList<>();
    out.add("heap after GC: at least " + mib(heap.live()) + " over the last collections, "
        + pct(heap.fill()) + " of the " + mib(heap.max()) + " maximum");
    if (s != null && s.liveAfterFullGcLine != null) {
      out.add(s.liveAfterFullGcLine.toString());
    }
    if (limit > 0) {
      out.add("container memory limit " + mib(limit) + " (--memory-limit): 75% is " + mib(cap()));
    } else if (seen > 0) {
      out.add("the JVM saw " + mib(seen) + " of memory at start-up (the machine's, or its container's limit)");
    }
    return out;
  }

  private long cap() {
    if (limit > 0) {
      return Figures.floorMib((long) (limit * HEAP_SHARE));
    }
    return seen > 0 ? Figures.floorMib((long) (seen * HEAP_SHARE)) : Long.MAX_VALUE;
  }

  private static long ceilMib(long bytes) {
    return (bytes + MIB - 1) / MIB * MIB;
  }
}
