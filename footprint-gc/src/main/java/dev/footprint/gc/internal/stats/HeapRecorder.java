package dev.footprint.gc.internal.stats;

import dev.footprint.gc.HeapStats;

/**
 * Heap in use around collections: peak, committed peak, before/after means and the after-GC floor,
 * plus the bytes allocated between collections (heap before this GC minus heap after the previous).
 */
final class HeapRecorder {
  private long peak = -1;
  private long committedPeak = -1;
  private long samples;
  private double sumBefore;
  private double sumAfter;
  private long minAfter = Long.MAX_VALUE;
  private long maxAfter = -1;
  private long lastAfter = -1;
  private double allocated;
  private double firstSeconds = Double.NaN;
  private double lastSeconds = Double.NaN;
  private final long[] recentAfter = new long[HeapStats.LIVE_WINDOW];

  private long maxAfterFull = -1;

  /** A collection's heap figures; {@code full} for a full compaction, whose after is the live set. */
  void add(double seconds, long before, long after, long committed, boolean full) {
    if (full) {
      maxAfterFull = Math.max(maxAfterFull, after);
    }
    add(seconds, before, after, committed);
  }

  void add(double seconds, long before, long after, long committed) {
    if (before < 0 || after < 0) {
      return;
    }
    if (lastAfter >= 0 && before > lastAfter) {
      allocated += before - lastAfter;
    }
    if (Double.isNaN(firstSeconds)) {
      firstSeconds = seconds;
    }
    lastSeconds = seconds;
    peak = Math.max(peak, Math.max(before, after));
    committedPeak = Math.max(committedPeak, committed);
    sumBefore += before;
    sumAfter += after;
    minAfter = Math.min(minAfter, after);
    recentAfter[(int) (samples % recentAfter.length)] = after;
    maxAfter = Math.max(maxAfter, after);
    lastAfter = after;
    samples++;
  }

  /**
   * The live-set estimate: the least heap after GC over the last {@link HeapStats#LIVE_WINDOW}
   * collections, or the most a Full GC left if more (a Full GC leaves exactly the live set, and the
   * heap must hold the largest one); -1 if no collection had heap figures.
   */
  private long live() {
    long floor = recentFloor();
    return floor < 0 ? -1 : Math.max(floor, maxAfterFull);
  }

  private long recentFloor() {
    long floor = Long.MAX_VALUE;
    for (int i = 0; i < Math.min(samples, recentAfter.length); i++) {
      floor = Math.min(floor, recentAfter[i]);
    }
    return samples == 0 ? -1 : floor;
  }

  /** A heap size in use seen outside a before/after pair (Go: the heap at the end of a cycle). */
  void inUse(long bytes) {
    peak = Math.max(peak, bytes);
  }

  /** Bytes per second allocated between the first and the last collection; -1 if unknown. */
  double allocationRate() {
    double window = lastSeconds - firstSeconds;
    return samples < 2 || !(window > 0) ? -1 : allocated / window;
  }

  double window() {
    return lastSeconds - firstSeconds;
  }

  HeapStats stats(long maxHeap, long regionSize) {
    return new HeapStats(
        peak,
        committedPeak,
        maxHeap,
        samples == 0 ? -1 : Math.round(sumBefore / samples),
        samples == 0 ? -1 : Math.round(sumAfter / samples),
        samples == 0 ? -1 : minAfter,
        maxAfter,
        lastAfter,
        regionSize,
        live());
  }
}
