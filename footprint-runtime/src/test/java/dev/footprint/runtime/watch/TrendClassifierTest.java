package dev.footprint.runtime.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class TrendClassifierTest {
  private static final double MIB = 1024 * 1024;
  private final TrendClassifier classifier = new TrendClassifier();

  /** 40 points at 100 ms, like a 4 s watch. */
  private static Series series(String unit, boolean counter, IntToDoubleFunction f) {
    int n = 40;
    double[] t = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * 0.1;
      v[i] = f.applyAsDouble(i);
    }
    return new Series("m", unit, counter, t, v);
  }

  @Test
  void fit_recoversExactLine() {
    Trend tr = Trend.fit(new double[] {0, 1, 2, 3}, new double[] {5, 7, 9, 11});
    assertThat(tr.slopePerSecond()).isCloseTo(2, within(1e-12));
    assertThat(tr.intercept()).isCloseTo(5, within(1e-12));
    assertThat(tr.rSquared()).isEqualTo(1.0);
    assertThat(tr.tStat()).isInfinite();
    assertThat(tr.slopePerMinute()).isCloseTo(120, within(1e-9));
  }

  @Test
  void fit_flatAndTinySeriesAreUnsure() {
    assertThat(Trend.fit(new double[] {0, 1, 2}, new double[] {4, 4, 4}).rSquared()).isZero();
    assertThat(Trend.fit(new double[] {0}, new double[] {4}).slopePerSecond()).isZero();
  }

  @Test
  void fit_matchesKnownRegression() {
    // x = 1..5, y = 2,4,5,4,5: slope 0.6, intercept 2.2, R² 0.6 (textbook example)
    Trend tr = Trend.fit(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
    assertThat(tr.slopePerSecond()).isCloseTo(0.6, within(1e-12));
    assertThat(tr.intercept()).isCloseTo(2.2, within(1e-12));
    assertThat(tr.rSquared()).isCloseTo(0.6, within(1e-12));
    assertThat(tr.tStat()).isCloseTo(0.6 / Math.sqrt(2.4 / 3 / 10), within(1e-9));
  }

  @Test
  void growingFds_isLeak() {
    MetricSummary s = classifier.summarize(series("count", false, i -> 10 + i / 2));
    assertThat(s.verdict()).isEqualTo(Verdict.LEAK);
    assertThat(s.slopePerMinute()).isCloseTo(300, within(10.0));
    assertThat(s.first()).isEqualTo(10);
    assertThat(s.max()).isEqualTo(29);
    assertThat(s.evidence()).contains("grew +");
  }

  @Test
  void noisyMemoryGrowth_isLeak() {
    Random r = new Random(1);
    MetricSummary s = classifier.summarize(series("bytes", false, i -> 50 * MIB + i * 0.5 * MIB + r.nextGaussian() * 0.5 * MIB));
    assertThat(s.verdict()).isEqualTo(Verdict.LEAK);
  }

  @Test
  void gcSawtoothWithFlatFloor_isNotLeak() {
    // Heap climbs 4 MiB then drops back to 20 MiB, five times.
    MetricSummary s = classifier.summarize(series("bytes", false, i -> 20 * MIB + (i % 8) * 0.5 * MIB));
    assertThat(s.verdict()).isNotEqualTo(Verdict.LEAK);
  }

  @Test
  void warmUpThatLevelsOff_isNotLeak() {
    MetricSummary s = classifier.summarize(series("bytes", false, i -> 30 * MIB + Math.min(i, 15) * 2 * MIB));
    assertThat(s.verdict()).isNotEqualTo(Verdict.LEAK);
  }

  @Test
  void smallGrowth_isSteady() {
    MetricSummary s = classifier.summarize(series("count", false, i -> 20 + (i > 30 ? 1 : 0)));
    assertThat(s.verdict()).isEqualTo(Verdict.STEADY);
  }

  @Test
  void cpuBursts_areSpikes() {
    // Cumulative CPU: idle except a burst of 0.3 s CPU over 3 ticks every 10 ticks.
    double[] acc = new double[40];
    for (int i = 1; i < 40; i++) {
      acc[i] = acc[i - 1] + (i % 10 < 3 ? 0.09 : 0.0);
    }
    MetricSummary s = classifier.summarize(series("seconds", true, i -> acc[i]));
    assertThat(s.verdict()).isEqualTo(Verdict.SPIKES);
    assertThat(s.evidence()).contains("bursts");
  }

  @Test
  void steadyCpuLoad_isSteadyNotLeak() {
    Random r = new Random(2);
    double[] acc = new double[40];
    for (int i = 1; i < 40; i++) {
      acc[i] = acc[i - 1] + 0.03 + (r.nextBoolean() ? 0.01 : -0.01);
    }
    MetricSummary s = classifier.summarize(series("seconds", true, i -> acc[i]));
    assertThat(s.verdict()).isEqualTo(Verdict.STEADY);
    assertThat(s.slopePerMinute()).isCloseTo(18, within(1.0));
  }

  @Test
  void oneBurst_isNotRecurring() {
    MetricSummary s = classifier.summarize(series("count", false, i -> i >= 20 && i < 23 ? 40 : 10));
    assertThat(s.verdict()).isEqualTo(Verdict.STEADY);
  }

  @Test
  void recurringGaugeBursts_areSpikes() {
    MetricSummary s = classifier.summarize(series("count", false, i -> i % 10 == 5 ? 40 : 10));
    assertThat(s.verdict()).isEqualTo(Verdict.SPIKES);
  }
}
