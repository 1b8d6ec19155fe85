package dev.footprint.gc.internal.advice;

import static dev.footprint.gc.internal.advice.Figures.mib;
import static dev.footprint.gc.internal.advice.Figures.pct;

import dev.footprint.gc.Advice;
import dev.footprint.gc.AdviceKind;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcOptions;
import dev.footprint.gc.internal.stats.GoSignals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Go tuning advice after the Go GC guide, ranked by the constraint that binds. A container limit
 * the live heap cannot fit comes first, said plainly with the limit it needs; then a GOMEMLIMIT
 * the live heap presses against (a goal pinned to the live heap means the limit drives the GC:
 * diagnosed only when a limit is known, from {@code --memory-limit} or a {@code GOMEMLIMIT=} in
 * the log, since a growing heap pins the goal the same way); then GOGC, which trades heap for GC
 * CPU (doubling it roughly halves GC CPU); last GOMEMLIMIT as a safety net at 90% of a container
 * limit (the guide's 5–10% headroom for memory the runtime does not track).
 */
public final class GoAdvisor {
  /** The headroom rule: GOMEMLIMIT at 90% of the container limit. */
  static final double HEADROOM = 0.10;
  /** Below this much room for new allocation (as a share of the live heap) the GC would thrash. */
  private static final double MIN_ROOM = 0.25;

  private final GcOptions options;

  public GoAdvisor(GcOptions options) {
    this.options = options;
  }

  public List<Advice> advise(GcAnalysis a, GoSignals s) {
    List<Advice> out = new ArrayList<>();
    if (s.cycles == 0) {
      return out;
    }
    GoHeap h = new GoHeap(s, options.memoryLimitBytes());
    if (h.container > 0 && h.need * (1 + MIN_ROOM) > h.usable()) {
      out.add(cannotFit(h));
      return out; // no runtime setting helps until the limit is raised
    }
    boolean limitBound = s.memoryLimit > 0 && s.limitBoundCycles >= 3 && s.lastCpuPercent >= 5;
    if (limitBound) {
      out.add(pressedLimit(h));
    }
    if (h.container > 0 && h.peak > h.usable()) {
      out.add(goalAboveLimit(h));
    } else if (h.container > 0 && (s.memoryLimit <= 0 || s.memoryLimit > h.usable()) && !limitBound) {
      out.add(safetyNet(h));
    }
    boolean busy = s.lastCpuPercent >= 10 || s.minimumHeapCycles * 2 > s.cycles && s.cycles > 20;
    if (busy && !limitBound && h.peak <= h.ceiling()) {
      gogc(h).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Advice::kind));
    return out;
  }

  /** The live heap and its roots, the peak heap goal, and the limits that bound them. */
  private static final class GoHeap {
    final GoSignals s;
    final long container;
    final long live;
    final long roots;
    final long need;
    final long peak;

    GoHeap(GoSignals s, long container) {
      this.s = s;
      this.container = container;
      this.live = Math.max(0, s.maxLive);
      this.roots = Math.max(0, s.maxRoots);
      this.need = live + roots;
      this.peak = Math.max(0, s.maxGoal) + roots;
    }

    /** 90% of the container limit: what GOMEMLIMIT may use. */
    long usable() {
      return (long) (container * (1 - HEADROOM));
    }

    /** The lower of the container's usable memory and a GOMEMLIMIT the log shows; max if none. */
    long ceiling() {
      long c = container > 0 ? usable() : Long.MAX_VALUE;
      return s.memoryLimit > 0 ? Math.min(c, s.memoryLimit) : c;
    }

    /** A container limit with room for GOGC=100 (twice the live heap) plus the 10% headroom. */
    long neededLimit() {
      return Figures.roundUp((long) Math.ceil((2 * live + roots) / (1 - HEADROOM)));
    }

    String cpu() {
      return "GC used " + s.lastCpuPercent + "% of CPU since start (" + s.cycles + " cycles, "
          + String.format(Locale.ROOT, "%.1f", s.cyclesPerSecond()) + " per second)";
    }
  }

  private static Advice cannotFit(GoHeap h) {
    String heap = "the live heap (up to " + mib(h.live) + (h.roots > 0 ? ", plus " + mib(h.roots)
        + " of stacks and globals" : "") + ")";
    String verdict = h.need > h.usable()
        ? heap + " is larger than 90% of the " + mib(h.container) + " container limit: it cannot fit,"
            + " and no GOGC or GOMEMLIMIT setting makes it fit"
        : heap + " cannot fit with the room the GC needs: it leaves less than a quarter of itself"
            + " free below 90% of the " + mib(h.container) + " container limit, and under a"
            + " GOMEMLIMIT there the GC would run almost without pause";
    String reason = verdict + ". The heap goal reached " + mib(h.peak) + " in this trace. Raise the"
        + " container's limit to " + mib(h.neededLimit()) + " (GOGC=100 needs twice the live heap,"
        + " plus 10% for memory the runtime does not count), or shrink the live heap.";
    return new Advice(AdviceKind.MEMORY_LIMIT, Advice.CONTAINER_MEMORY, Figures.m(h.neededLimit()),
        reason, "container memory limit (" + mib(h.container) + ")",
        List.of("peak live heap " + mib(h.live) + ", peak heap goal + stacks/globals " + mib(h.peak),
            "container memory limit " + mib(h.container) + " (--memory-limit)", h.s.lastLine.toString()));
  }

  private static Advice pressedLimit(GoHeap h) {
    GoSignals s = h.s;
    long wanted = 2 * h.live + h.roots;
    long value = h.container > 0 ? Math.min(wanted, h.usable()) : wanted;
    String fit = h.need >= s.memoryLimit
        ? " The live heap (up to " + mib(h.live) + ") is larger than the limit: it cannot fit under it."
        : "";
    List<String> evidence = List.of(s.memoryLimitLine.toString(), s.limitBoundLine.toString(), h.cpu());
    String reason = "GOMEMLIMIT is " + mib(s.memoryLimit) + " and " + s.limitBoundCycles + " cycles"
        + " had a heap goal within 5% of the live heap: the limit, not GOGC, drives the GC and it is"
        + " thrashing." + fit + " " + h.cpu() + ". Raise GOMEMLIMIT to " + mib(value)
        + (h.container > 0 ? " (90% of the container limit at most)" : " (twice the live heap; the"
            + " container's limit must stay above it)") + ", or shrink the live heap.";
    return new Advice(AdviceKind.MEMORY_LIMIT, "GOMEMLIMIT", Figures.goSize(value), reason,
        "GC CPU (" + s.lastCpuPercent + "%), cycles at the limit (" + s.limitBoundCycles + ")", evidence);
  }

  private static Advice goalAboveLimit(GoHeap h) {
    long room = h.usable() - h.need;
    long roomNow = Math.max(h.peak - h.need, 1);
    double times = (double) roomNow / room;
    String often = times > 1.05
        ? ", so the GC runs about " + String.format(Locale.ROOT, "%.1f", times) + " times as often at the peak ("
            + h.cpu() + "). If that is too much CPU, raise the container's limit to " + mib(h.neededLimit()) + "."
        : "; the GC runs more often only when the heap nears the limit.";
    String reason = "the heap goal reached " + mib(h.peak) + " (with stacks and globals), above 90% of"
        + " the " + mib(h.container) + " container limit: at its next peak the container is OOM-killed."
        + " A soft limit at 90% makes the GC collect before the heap gets there. The live heap (up to "
        + mib(h.live) + ") fits, with " + mib(room) + " of room for new allocation where the trace"
        + " peaked at " + mib(roomNow) + often;
    return new Advice(AdviceKind.MEMORY_LIMIT, "GOMEMLIMIT", Figures.goSize(h.usable()), reason,
        "peak heap goal (" + mib(h.peak) + ", " + pct(100.0 * h.peak / h.container) + " of the limit)",
        List.of(limitEvidence(h), h.s.lastLine.toString()));
  }

  private static Advice safetyNet(GoHeap h) {
    String reason = "the program owns a " + mib(h.container) + " container: a soft limit at 90% of it"
        + " (10% headroom for memory the Go runtime does not count) makes the GC work harder only"
        + " when memory runs short, instead of the container being OOM-killed"
        + (h.s.memoryLimit > 0 ? "; the GOMEMLIMIT the log shows (" + mib(h.s.memoryLimit)
            + ") is above that" : "") + ".";
    return new Advice(AdviceKind.LIMIT_SAFETY, "GOMEMLIMIT", Figures.goSize(h.usable()), reason,
        "nothing while the heap stays below the limit; GC frequency near it", List.of(limitEvidence(h)));
  }

  private static String limitEvidence(GoHeap h) {
    return "peak heap goal + stacks/globals " + mib(h.peak) + " = " + pct(100.0 * h.peak / h.container)
        + " of the " + mib(h.container) + " container limit (--memory-limit)";
  }

  private static Optional<Advice> gogc(GoHeap h) {
    GoSignals s = h.s;
    long live = Math.max(h.live, 1L << 20);
    boolean bounded = h.ceiling() != Long.MAX_VALUE;
    // with no limit known, double it (the guide's step) rather than bet on memory nobody stated
    for (int gogc : bounded ? new int[] {400, 200, 150} : new int[] {200}) {
      long newPeak = live + (live + h.roots) * gogc / 100;
      if (newPeak > h.ceiling()) {
        continue;
      }
      String within = !bounded
          ? ": give it that only if the container or machine has it (--memory-limit advises within a limit)"
          : ", within the " + mib(h.ceiling()) + (h.container > 0 ? " left by the container limit"
              : " GOMEMLIMIT");
      return Optional.of(
          new Advice(
              AdviceKind.ALLOCATION,
              "GOGC",
              Integer.toString(gogc),
              h.cpu() + ". Raising GOGC from 100 to " + gogc + " cuts GC frequency and CPU to about "
                  + (100 * 100 / gogc) + "% (GC CPU about " + (s.lastCpuPercent * 100 / gogc)
                  + "%) at the cost of heap: the heap goal grows from about " + mib(s.maxGoal)
                  + " to about " + mib(newPeak) + within + ".",
              "GC CPU (" + s.lastCpuPercent + "%), heap goal (" + mib(s.maxGoal) + ")",
              List.of(s.lastLine.toString(), "peak live heap " + mib(h.live))));
    }
    return Optional.empty();
  }
}
