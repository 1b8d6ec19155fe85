package dev.footprint.runtime.watch;

import java.util.Objects;

/**
 * One metric over the watch: times in seconds since the first reading and values in the metric's
 * unit. Counters (CPU seconds, bytes read) are cumulative; gauges are point-in-time.
 */
public record Series(String name, String unit, boolean counter, double[] seconds, double[] values) {
  public Series {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (seconds.length != values.length) {
      throw new IllegalArgumentException(name + ": " + seconds.length + " times for " + values.length + " values");
    }
    seconds = seconds.clone();
    values = values.clone();
  }

  public int size() {
    return values.length;
  }

  @Override
  public double[] seconds() {
    return seconds.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** Per-second rates between consecutive points of a counter, timed at each interval's end. */
  public Series rates() {
    int n = Math.max(0, values.length - 1);
    double[] t = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double dt = seconds[i + 1] - seconds[i];
      t[i] = seconds[i + 1];
      r[i] = dt > 0 ? Math.max(0, values[i + 1] - values[i]) / dt : 0;
    }
    return new Series(name + "_rate", unit + "/s", false, t, r);
  }
}
