package dev.footprint.gc.internal.stats;

import dev.footprint.gc.TimelinePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart's series in bounded memory: at most {@link #MAX_POINTS} slots; when full, neighbouring
 * slots merge and each slot then covers twice as many events. A slot keeps the highest heap before
 * GC, the lowest after, and the longest pause, so peaks survive the merge.
 */
final class Timeline {
  static final int MAX_POINTS = 2048;

  private final List<TimelinePoint> points = new ArrayList<>();
  private int stride = 1;
  private TimelinePoint slot;
  private int inSlot;

  void add(double seconds, long before, long after, double pauseMs, boolean full) {
    if (Double.isNaN(seconds)) {
      return; // a log without any time decoration has figures but nothing to chart them over
    }
    TimelinePoint p = new TimelinePoint(seconds, before, after, pauseMs, full);
    slot = slot == null ? p : merge(slot, p);
    if (++inSlot < stride) {
      return;
    }
    points.add(slot);
    slot = null;
    inSlot = 0;
    if (points.size() == MAX_POINTS) {
      List<TimelinePoint> merged = new ArrayList<>(MAX_POINTS / 2);
      for (int i = 0; i + 1 < points.size(); i += 2) {
        merged.add(merge(points.get(i), points.get(i + 1)));
      }
      points.clear();
      points.addAll(merged);
      stride *= 2;
    }
  }

  List<TimelinePoint> points() {
    List<TimelinePoint> all = new ArrayList<>(points);
    if (slot != null) {
      all.add(slot);
    }
    return all;
  }

  private static TimelinePoint merge(TimelinePoint a, TimelinePoint b) {
    long after = a.heapAfterBytes() < 0 ? b.heapAfterBytes()
        : b.heapAfterBytes() < 0 ? a.heapAfterBytes()
        : Math.min(a.heapAfterBytes(), b.heapAfterBytes());
    return new TimelinePoint(
        a.seconds(),
        Math.max(a.heapBeforeBytes(), b.heapBeforeBytes()),
        after,
        Math.max(a.pauseMs(), b.pauseMs()),
        a.full() || b.full());
  }
}
