package dev.footprint.gc.internal.parse;

/** Receives what a parser reads, in log order; one sink per log file. */
public interface GcEventSink {
  void collector(String name);

  /** G1 region size, the configured maximum heap, and the memory the JVM saw (container or host). */
  void regionSize(long bytes);

  void maxHeap(long bytes);

  void availableMemory(long bytes);

  /** A GC id as the JVM numbers its collections; each new id is one more cycle. */
  void gcId(long id);

  /** Any timed GC event line; the span of a log runs from the first to the last of these. */
  void event(double seconds);

  void pause(Pause pause);

  /** A safepoint's total stop; {@code gcViewerVisible} for the pre-JDK 17 wording it reads. */
  void safepoint(double seconds, double ms, boolean gcViewerVisible);

  /** The end of a concurrent cycle (G1 mark or undo cycle, a ZGC or Shenandoah collection). */
  void concurrentCycle(double seconds, double ms, String name);

  /** Heap around a collection that has no pause of its own (ZGC, Shenandoah concurrent cleanup). */
  void heap(double seconds, long before, long after, long committed);

  void evacuationFailure(double seconds, Evidence line);

  /** G1 region counts of one pause ({@code kind} is Eden, Survivor, Old, Humongous). */
  void regions(String kind, long before, long after, String line, long lineNo);

  /** Old generation bytes before/after a Parallel or Serial young collection. */
  void oldGen(long before, long after);

  void goCycle(GoCycle cycle);

  /** A {@code GOMEMLIMIT} the log shows was set for the program (the last one counts). */
  void goMemoryLimit(long bytes, Evidence line);
}
