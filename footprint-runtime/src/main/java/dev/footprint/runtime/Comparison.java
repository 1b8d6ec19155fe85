package dev.footprint.runtime;

import java.util.List;

/**
 * The result of {@code footprint compare}: per-metric medians and spreads for A and B, the runs
 * behind them, and static metrics when A and B are images.
 */
public record Comparison(
    String a,
    String b,
    int runs,
    List<MetricChange> metrics,
    List<RunResult> runsA,
    List<RunResult> runsB,
    StaticMetrics staticA,
    StaticMetrics staticB,
    Environment environment) {
  public Comparison {
    metrics = List.copyOf(metrics);
    runsA = List.copyOf(runsA);
    runsB = List.copyOf(runsB);
  }
}
