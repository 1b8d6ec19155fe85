package dev.footprint.runtime.watch;

import dev.footprint.runtime.sample.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The series a watch has gathered so far, one per metric, in the order metrics first appeared. A
 * figure missing from a reading (unavailable) leaves a gap rather than a zero. Not thread-safe.
 */
public final class Recording {
  private Instant start;
  private Instant last;
  private int readings;
  private final Map<String, Builder> series = new LinkedHashMap<>();

  public void add(Reading r) {
    if (start == null) {
      start = r.timestamp();
    }
    last = r.timestamp();
    readings++;
    double t = Duration.between(start, r.timestamp()).toNanos() / 1e9;
    for (Metric m : Metric.values()) {
      OptionalDouble v = r.sample().value(m);
      if (v.isPresent()) {
        series.computeIfAbsent(m.id(), k -> new Builder(m.id(), m.unit(), m.counter())).add(t, v.getAsDouble());
      }
    }
    for (ProbeValue p : r.extras()) {
      series.computeIfAbsent(p.name(), k -> new Builder(p.name(), p.unit(), p.counter())).add(t, p.value());
    }
  }

  public int readings() {
    return readings;
  }

  public Instant start() {
    return start;
  }

  public Instant last() {
    return last;
  }

  public List<Series> series() {
    List<Series> out = new ArrayList<>();
    for (Builder b : series.values()) {
      out.add(b.build());
    }
    return out;
  }

  /** Summaries of every metric with at least one point. */
  public List<MetricSummary> summarize(TrendClassifier classifier) {
    List<MetricSummary> out = new ArrayList<>();
    for (Series s : series()) {
      out.add(classifier.summarize(s));
    }
    return out;
  }

  private static final class Builder {
    final String name;
    final String unit;
    final boolean counter;
    double[] t = new double[64];
    double[] v = new double[64];
    int n;

    Builder(String name, String unit, boolean counter) {
      this.name = name;
      this.unit = unit;
      this.counter = counter;
    }

    void add(double time, double value) {
      if (n == t.length) {
        t = Arrays.copyOf(t, n * 2);
        v = Arrays.copyOf(v, n * 2);
      }
      t[n] = time;
      v[n] = value;
      n++;
    }

    Series build() {
      return new Series(name, unit, counter, Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }
  }
}
