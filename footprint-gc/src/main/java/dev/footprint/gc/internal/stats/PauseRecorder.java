package dev.footprint.gc.internal.stats;

import dev.footprint.gc.PauseStats;
import java.util.Arrays;

/**
 * Every application stop's duration in a growable primitive array, so p50/p99 are exact even for
 * millions of pauses (8 bytes each) with no per-pause object. A safepoint line that follows GC
 * pauses is their stop: only its excess (time to reach the safepoint) is added, to the last of
 * them. A safepoint with no GC pause before it is a VM operation, a stop of its own.
 */
final class PauseRecorder {
  private static final int MAX_PENDING = 8;

  private double[] stops = new double[1024];
  private int size;
  private long gcCount;
  private double gcTotal;
  private long vmOps;
  private double overhead;
  private final int[] pending = new int[MAX_PENDING];
  private int pendingCount;
  private double pendingMs;

  void gcPause(double ms) {
    gcCount++;
    gcTotal += ms;
    if (pendingCount == MAX_PENDING) {
      pendingCount = 0; // no safepoint lines in this log: nothing to pair with
      pendingMs = 0;
    }
    pending[pendingCount++] = size;
    pendingMs += ms;
    add(ms);
  }

  void safepoint(double ms) {
    if (pendingCount == 0) {
      vmOps++;
      add(ms);
    } else {
      double excess = ms - pendingMs;
      if (excess > 0) {
        stops[pending[pendingCount - 1]] += excess;
        overhead += excess;
      }
    }
    pendingCount = 0;
    pendingMs = 0;
  }

  /** The duration of the most recent stop, in ms (0 if none). */
  double lastStopMs() {
    return size == 0 ? 0 : stops[size - 1];
  }

  private void add(double ms) {
    if (size == stops.length) {
      stops = Arrays.copyOf(stops, stops.length * 2);
    }
    stops[size++] = ms;
  }

  PauseStats stats(long safepoints) {
    double[] sorted = Arrays.copyOf(stops, size);
    Arrays.sort(sorted);
    double total = 0;
    for (double v : sorted) {
      total += v;
    }
    return new PauseStats(
        size,
        total,
        size == 0 ? 0 : total / size,
        quantile(sorted, 0.50),
        quantile(sorted, 0.99),
        size == 0 ? 0 : sorted[size - 1],
        gcCount,
        gcTotal,
        safepoints,
        vmOps,
        overhead);
  }

  /** Nearest rank: the smallest value with at least q of all values at or below it. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
