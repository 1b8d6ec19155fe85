package dev.footprint.gc;

/**
 * Heap figures in bytes, -1 where the log does not carry them. "Before" and "after" are the heap in
 * use around each collection; {@code peakBytes} the most ever in use, {@code committedPeakBytes}
 * the most ever reserved by the collector, {@code maxHeapBytes} the configured maximum (-Xmx).
 * {@code liveBytes} estimates the live set: the least heap in use after any of the last {@value
 * #LIVE_WINDOW} collections (Go: the marked heap), so a small heap early in the run does not hide
 * the live set the program reached, or the most a Full GC left when that is more.
 */
public record HeapStats(
    long peakBytes,
    long committedPeakBytes,
    long maxHeapBytes,
    long meanBeforeGcBytes,
    long meanAfterGcBytes,
    long minAfterGcBytes,
    long maxAfterGcBytes,
    long lastAfterGcBytes,
    long regionSizeBytes,
    long liveBytes) {
  /** Collections over which {@code liveBytes} takes its minimum. */
  public static final int LIVE_WINDOW = 64;
}
