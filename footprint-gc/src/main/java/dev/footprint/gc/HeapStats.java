package dev.footprint.gc;

/**
 * Heap figures in bytes, -1 where the log does not carry them. "Before" and "after" are the heap in
 * use around each collection; {@code peakBytes} the most ever in use, {@code committedPeakBytes}
 * the most ever reserved by the collector, {@code maxHeapBytes} the configured maximum (-Xmx).
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
    long regionSizeBytes) {}
