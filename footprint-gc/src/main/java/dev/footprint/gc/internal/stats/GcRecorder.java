package dev.footprint.gc.internal.stats;

import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.LogFormat;
import dev.footprint.gc.PauseKind;
import dev.footprint.gc.internal.parse.Evidence;
import dev.footprint.gc.internal.parse.GcEventSink;
import dev.footprint.gc.internal.parse.GoCycle;
import dev.footprint.gc.internal.parse.LineCounter;
import dev.footprint.gc.internal.parse.Pause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the events of one log into its figures as they stream by; memory stays bounded (pause
 * durations in a primitive array, the chart in a fixed number of slots, a few evidence lines).
 */
public final class GcRecorder implements GcEventSink {
  private final PauseRecorder pauses = new PauseRecorder();
  private final HeapRecorder heap = new HeapRecorder();
  private final Timeline timeline = new Timeline();
  private final Map<String, double[]> byName = new LinkedHashMap<>();
  private final double pauseGoalMs;
  private final JvmSignals jvm = new JvmSignals();
  private final GoSignals go = new GoSignals();
  private String collector = "unknown";
  private long regionSize = -1;
  private long maxHeap = -1;
  private long availableMemory = -1;
  private double first = Double.NaN;
  private double last = Double.NaN;
  private long maxId = -1;
  private long ids;
  private long fullGcs;
  private long safepoints;
  private long concurrentCycles;
  private long evacuationFailures;
  private long pendingOldDelta;
  private double promoted;

  public GcRecorder(double pauseGoalMs) {
    this.pauseGoalMs = pauseGoalMs;
  }

  @Override
  public void collector(String name) {
    collector = name;
  }

  public String collector() {
    return collector;
  }

  public JvmSignals jvmSignals() {
    return jvm;
  }

  public GoSignals goSignals() {
    return go;
  }

  /** Memory the JVM saw at start-up (its container limit when it runs in one); -1 if not logged. */
  public long availableMemory() {
    return availableMemory;
  }

  @Override
  public void regionSize(long bytes) {
    regionSize = bytes;
  }

  @Override
  public void maxHeap(long bytes) {
    maxHeap = bytes;
  }

  @Override
  public void availableMemory(long bytes) {
    availableMemory = bytes;
  }

  @Override
  public void gcId(long id) {
    if (id > maxId) {
      maxId = id;
      ids++;
    }
  }

  @Override
  public void event(double seconds) {
    if (Double.isNaN(seconds)) {
      return;
    }
    // as GCViewer: a zero timestamp only counts for the very first event
    if (Double.isNaN(first) || seconds > 0) {
      first = Double.isNaN(first) ? seconds : Math.min(first, seconds);
    }
    last = Double.isNaN(last) ? seconds : Math.max(last, seconds);
  }

  @Override
  public void pause(Pause p) {
    if (collector.equals("unknown") && looksLikeG1(p)) {
      collector = "G1"; // the log was cut before its "Using G1" line
    }
    pauses.gcPause(p.ms());
    double[] kind = byName.computeIfAbsent(p.name(), k -> new double[3]);
    kind[0]++;
    kind[1] += p.ms();
    kind[2] = Math.max(kind[2], p.ms());
    if (p.full()) {
      fullGcs++;
    }
    if (collector.equals("Shenandoah") && p.name().equals("Pause Init Mark")
        || collector.equals("CMS") && p.name().equals("Pause Initial Mark")) {
      concurrentCycles++;
    }
    if (p.youngOnly() && pendingOldDelta > 0) {
      promoted += pendingOldDelta;
    }
    pendingOldDelta = 0;
    heap.add(p.seconds(), p.before(), p.after(), p.committed(), p.full());
    timeline.add(p.seconds(), p.before(), p.after(), p.ms(), p.full());
    jvm.pause(p, pauseGoalMs);
  }

  private static boolean looksLikeG1(Pause p) {
    String c = p.cause();
    return c.contains("(G1 ") || c.startsWith("(Normal)") || c.startsWith("(Concurrent Start)")
        || c.startsWith("(Mixed)") || c.startsWith("(Prepare Mixed)")
        || p.name().equals("Pause Mixed") || p.name().equals("Pause Initial Mark");
  }

  @Override
  public void heap(double seconds, long before, long after, long committed) {
    heap.add(seconds, before, after, committed);
    timeline.add(seconds, before, after, 0, false);
  }

  @Override
  public void safepoint(double seconds, double ms, boolean gcViewerVisible) {
    safepoints++;
    pauses.safepoint(ms);
  }

  @Override
  public void concurrentCycle(double seconds, double ms, String name) {
    concurrentCycles++;
  }

  @Override
  public void evacuationFailure(double seconds, Evidence line) {
    evacuationFailures++;
    jvm.evacuationFailure(line);
  }

  @Override
  public void regions(String kind, long before, long after, String line, long lineNo) {
    if (kind.equals("Old") && regionSize > 0) {
      pendingOldDelta = (after - before) * regionSize;
    }
    jvm.regions(kind, before, line, lineNo);
  }

  @Override
  public void oldGen(long before, long after) {
    pendingOldDelta = after - before;
  }

  @Override
  public void goCycle(GoCycle cycle) {
    go.add(cycle);
    heap.inUse(cycle.heapEnd());
  }

  @Override
  public void goMemoryLimit(long bytes, Evidence line) {
    go.memoryLimit(bytes, line);
  }

  /** The figures so far, without advice (advisors add it from these and the signals). */
  public GcAnalysis analysis(Path source, LogFormat format, long lines, LineCounter counter) {
    var stats = pauses.stats(safepoints);
    double span = Double.isNaN(first) ? 0 : last - first + pauses.lastStopMs() / 1000;
    // no span with pauses means the log has no time decorations: throughput is unknown (NaN)
    double throughput =
        span > 0
            ? Math.max(0, 100 * (span - stats.totalMs() / 1000) / span)
            : stats.count() == 0 ? 100 : Double.NaN;
    long cycles = format == LogFormat.GO_GCTRACE ? go.cycles : ids;
    double window = heap.window();
    double promotion = promoted > 0 && window > 0 ? promoted / window : -1;
    List<PauseKind> kinds = new ArrayList<>();
    byName.forEach((k, v) -> kinds.add(new PauseKind(k, (long) v[0], v[1], v[2])));
    return new GcAnalysis(
        source, format, collector, lines, counter.gcLines(), counter.skippedLines(),
        counter.overlongLines(), stats, kinds, span, throughput,
        heap.stats(maxHeap, regionSize), cycles, fullGcs, concurrentCycles, evacuationFailures,
        go.forced, heap.allocationRate(), promotion, timeline.points(), List.of());
  }
}
