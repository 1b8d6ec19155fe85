package dev.footprint.runtime.watch;

/**
 * A metric's figures over the whole watch and the verdict on its shape.
 *
 * @param slopePerMinute least-squares change per minute (for counters: the average rate)
 * @param trend the fitted line, for the confidence figures (R², t)
 * @param evidence one sentence saying what triggered the verdict, in the metric's unit
 */
public record MetricSummary(
    String name,
    String unit,
    boolean counter,
    double first,
    double last,
    double min,
    double max,
    double slopePerMinute,
    Trend trend,
    Verdict verdict,
    String evidence) {}
