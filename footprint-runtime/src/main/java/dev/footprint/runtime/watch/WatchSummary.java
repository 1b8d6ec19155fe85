package dev.footprint.runtime.watch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a watch.
 *
 * @param target what was watched, e.g. "process 1234 and descendants"
 * @param endReason why it ended: duration reached, target ended, interrupted
 * @param notes figures that were unavailable and why, probe failures, files written
 */
public record WatchSummary(
    String target,
    Instant start,
    Instant end,
    int readings,
    String endReason,
    List<MetricSummary> metrics,
    List<String> notes) {
  public WatchSummary {
    Objects.requireNonNull(target, "target");
    metrics = List.copyOf(metrics);
    notes = List.copyOf(notes);
  }

  /** Metrics flagged as likely leaks. */
  public List<MetricSummary> leaks() {
    return metrics.stream().filter(m -> m.verdict() == Verdict.LEAK).toList();
  }
}
