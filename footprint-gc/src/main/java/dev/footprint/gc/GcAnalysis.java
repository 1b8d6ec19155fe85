package dev.footprint.gc;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code footprint gc} reports about one log. Rates are bytes per second (-1 when the
 * log lacks the figures). {@code skippedLines} are GC lines that could not be read (truncated or
 * of an unknown shape) and were left out; {@code overlongLines} lines longer than the line limit
 * (64 KiB), passed over unread. {@code throughputPercent} is the share of {@code spanSeconds} (first GC
 * event to the end of the last pause, as GCViewer measures it) in which the application ran; NaN
 * when the log has pauses but no time decorations.
 */
public record GcAnalysis(
    Path source,
    LogFormat format,
    String collector,
    long lines,
    long gcLines,
    long skippedLines,
    long overlongLines,
    PauseStats pauses,
    List<PauseKind> pauseKinds,
    double spanSeconds,
    double throughputPercent,
    HeapStats heap,
    long cycles,
    long fullGcCount,
    long concurrentCycles,
    long evacuationFailures,
    long forcedCycles,
    double allocationRateBytesPerSec,
    double promotionRateBytesPerSec,
    List<TimelinePoint> timeline,
    List<Advice> advice) {
  public GcAnalysis {
    pauseKinds = List.copyOf(pauseKinds);
    timeline = List.copyOf(timeline);
    advice = List.copyOf(advice);
  }

  /** The same analysis with its tuning advice. */
  public GcAnalysis withAdvice(List<Advice> newAdvice) {
    return new GcAnalysis(
        source, format, collector, lines, gcLines, skippedLines, overlongLines, pauses, pauseKinds, spanSeconds,
        throughputPercent, heap, cycles, fullGcCount, concurrentCycles, evacuationFailures,
        forcedCycles, allocationRateBytesPerSec, promotionRateBytesPerSec, timeline, newAdvice);
  }
}
