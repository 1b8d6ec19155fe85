package dev.footprint.runtime.watch;

import java.util.Locale;

/**
 * Turns a series into a {@link MetricSummary}: least-squares trend, and a verdict.
 *
 * <p>A gauge is a <b>leak</b> when a line explains its shape well (R² ≥ 0.6), the slope is far from
 * noise (t ≥ 4), the fitted growth over the watch is meaningful for its unit (at least 1 MiB and 2 %
 * for bytes, 3 and 5 % for counts), its floor rose too (the lowest point of the last quarter
 * above that of the first, so a GC sawtooth whose floor stays put is not a leak), and growth did not
 * stop half-way (the second half still climbs at ≥ 30 % of the overall slope, so warm-up is not a
 * leak). Counters (CPU time, bytes read) are judged on their per-interval rates, and only for
 * <b>spikes</b>: their growth is work, not a leak.
 */
public final class TrendClassifier {
  private static final double MIB = 1024 * 1024;

  public MetricSummary summarize(Series s) {
    double[] t = s.seconds();
    double[] v = s.values();
    if (v.length == 0) {
      throw new IllegalArgumentException(s.name() + " has no points");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    Trend trend = Trend.fit(t, v);
    Verdict verdict = Verdict.STEADY;
    String evidence;
    if (s.counter()) {
      Series rates = s.rates();
      SpikeDetector.Bursts b = SpikeDetector.detect(rates.values(), minRateSpike(s.unit()));
      if (b.count() > 0) {
        verdict = Verdict.SPIKES;
        evidence = String.format(Locale.ROOT, "%d bursts above %s/s (usual %s/s, peak %s/s)",
            b.count(), amount(b.threshold(), s.unit()), amount(b.usual(), s.unit()), amount(b.peak(), s.unit()));
      } else {
        evidence = String.format(Locale.ROOT, "average %s/s", amount(trend.slopePerSecond(), s.unit()));
      }
    } else {
      String leak = leakEvidence(s.unit(), t, v, trend);
      if (leak != null) {
        verdict = Verdict.LEAK;
        evidence = leak;
      } else {
        SpikeDetector.Bursts b = SpikeDetector.detect(v, minGaugeSpike(s.unit()));
        if (b.count() > 0) {
          verdict = Verdict.SPIKES;
          evidence = String.format(Locale.ROOT, "%d bursts above %s (usual %s, peak %s)",
              b.count(), amount(b.threshold(), s.unit()), amount(b.usual(), s.unit()), amount(b.peak(), s.unit()));
        } else {
          evidence = String.format(Locale.ROOT, "%s per minute, R² %.2f", signed(trend.slopePerMinute(), s.unit()), trend.rSquared());
        }
      }
    }
    return new MetricSummary(s.name(), s.unit(), s.counter(), v[0], v[v.length - 1], min, max,
        trend.slopePerMinute(), trend, verdict, evidence);
  }

  private static String leakEvidence(String unit, double[] t, double[] v, Trend trend) {
    int n = v.length;
    if (n < 6 || trend.slopePerSecond() <= 0) {
      return null;
    }
    double span = t[n - 1] - t[0];
    double growth = trend.slopePerSecond() * span;
    double minGrowth = unit.equals("bytes") ? Math.max(MIB, 0.02 * Math.abs(v[0])) : Math.max(3, 0.05 * Math.abs(v[0]));
    if (trend.rSquared() < 0.6 || trend.tStat() < 4 || growth < minGrowth) {
      return null;
    }
    int q = Math.max(1, n / 4);
    double firstFloor = Double.POSITIVE_INFINITY;
    double lastFloor = Double.POSITIVE_INFINITY;
    for (int i = 0; i < q; i++) {
      firstFloor = Math.min(firstFloor, v[i]);
      lastFloor = Math.min(lastFloor, v[n - 1 - i]);
    }
    if (lastFloor - firstFloor < 0.5 * minGrowth) {
      return null;
    }
    int half = n / 2;
    Trend second = Trend.fit(java.util.Arrays.copyOfRange(t, half, n), java.util.Arrays.copyOfRange(v, half, n));
    if (second.slopePerSecond() < 0.3 * trend.slopePerSecond()) {
      return null;
    }
    return String.format(Locale.ROOT, "grew %s per minute for %.1f s (R² %.2f, t %.1f), floor %s → %s",
        signed(trend.slopePerMinute(), unit), span, trend.rSquared(), Math.min(trend.tStat(), 999.9),
        amount(firstFloor, unit), amount(lastFloor, unit));
  }

  private static double minRateSpike(String unit) {
    return switch (unit) {
      case "seconds" -> 0.2; // a fifth of a core: above the 10 ms tick noise at 100 ms intervals
      case "bytes" -> MIB;
      default -> 5;
    };
  }

  private static double minGaugeSpike(String unit) {
    return unit.equals("bytes") ? 4 * MIB : 3;
  }

  /** A value in its unit, short: MiB for bytes, plain for counts and seconds. */
  static String amount(double value, String unit) {
    return switch (unit) {
      case "bytes" -> String.format(Locale.ROOT, "%.1f MiB", value / MIB);
      case "seconds" -> String.format(Locale.ROOT, "%.3f s", value);
      default -> Math.abs(value - Math.rint(value)) < 1e-9
          ? String.format(Locale.ROOT, "%.0f", value)
          : String.format(Locale.ROOT, "%.1f", value);
    };
  }

  private static String signed(double value, String unit) {
    return (value >= 0 ? "+" : "") + amount(value, unit);
  }
}
