package dev.footprint.gc;

/**
 * Application stops. {@code count} and the distribution cover every stop: each stop-the-world GC
 * pause, plus safepoints without a GC in them (VM operations). {@code totalMs} also includes the
 * time to reach a GC's safepoint where safepoint lines are logged ({@code safepointOverheadMs}).
 * {@code gcCount}/{@code gcTotalMs} are the GC pauses alone, as the collector reports them;
 * {@code safepointCount} the safepoint lines read (0 when safepoint logging was off).
 */
public record PauseStats(
    long count,
    double totalMs,
    double meanMs,
    double p50Ms,
    double p99Ms,
    double maxMs,
    long gcCount,
    double gcTotalMs,
    long safepointCount,
    long vmOperationCount,
    double safepointOverheadMs) {}
