package dev.footprint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricChangeTest {
  @Test
  void spread_ofOddAndEvenCounts_takesTheMiddle() {
    assertThat(Spread.of(List.of(5.0, 1.0, 3.0))).isEqualTo(new Spread(3, 1, 5));
    assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(new Spread(2.5, 1, 4));
  }

  @Test
  void of_changeBeyondBothRanges_isSignificant() {
    MetricChange m = MetricChange.of("startupMs", "ms", new Spread(100, 95, 105), new Spread(80, 78, 83), true);
    assertThat(m.changePercent()).isEqualTo(-20.0);
    assertThat(m.significant()).isTrue();
    assertThat(m.improved()).isTrue();
  }

  @Test
  void of_changeWithinTheLargerRange_isNotSignificant() {
    // Medians differ by 10, B's runs span 12: the difference could be noise.
    MetricChange m = MetricChange.of("startupMs", "ms", new Spread(100, 99, 101), new Spread(110, 100, 112), true);
    assertThat(m.significant()).isFalse();
    assertThat(m.improved()).isFalse();
  }

  @Test
  void of_staticMetricThatGrew_isSignificantAndWorse() {
    MetricChange m = MetricChange.of("imageSizeBytes", "bytes", Spread.exactly(100), Spread.exactly(150), true);
    assertThat(m.changePercent()).isEqualTo(50.0);
    assertThat(m.significant()).isTrue();
    assertThat(m.improved()).isFalse();
  }

  @Test
  void of_zeroBaseline_hasNoPercentButCanBeSignificant() {
    MetricChange m = MetricChange.of("errors", "count", Spread.exactly(0), Spread.exactly(3), true);
    assertThat(m.changePercent()).isNull();
    assertThat(m.significant()).isTrue();
  }

  @Test
  void of_higherIsBetterMetric_improvesWhenItRises() {
    MetricChange m = MetricChange.of("requestsPerSecond", "1/s", new Spread(1000, 990, 1010), new Spread(1500, 1490, 1510), false);
    assertThat(m.improved()).isTrue();
  }
}
