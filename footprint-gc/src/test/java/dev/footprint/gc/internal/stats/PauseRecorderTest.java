package dev.footprint.gc.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.footprint.gc.PauseStats;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PauseRecorderTest {
  @Test
  void quantiles_areExactNearestRankOverMillionsOfPauses() {
    PauseRecorder r = new PauseRecorder();
    Random rnd = new Random(1);
    double[] all = new double[2_000_000];
    for (int i = 0; i < all.length; i++) {
      all[i] = rnd.nextDouble() * 100;
      r.gcPause(all[i]);
    }
    Arrays.sort(all);
    PauseStats s = r.stats(0);
    assertThat(s.count()).isEqualTo(all.length);
    assertThat(s.p50Ms()).isEqualTo(all[999_999]);
    assertThat(s.p99Ms()).isEqualTo(all[1_979_999]);
    assertThat(s.maxMs()).isEqualTo(all[all.length - 1]);
  }

  @Test
  void safepoint_afterGcPausesAddsOnlyItsExcessToTheLastOne() {
    PauseRecorder r = new PauseRecorder();
    r.gcPause(8.126); // young and full in one safepoint (Parallel)
    r.gcPause(13.561);
    r.safepoint(21.9412);
    PauseStats s = r.stats(1);
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.totalMs()).isCloseTo(21.9412, within(1e-9));
    assertThat(s.safepointOverheadMs()).isCloseTo(21.9412 - 8.126 - 13.561, within(1e-9));
    assertThat(s.maxMs()).isCloseTo(13.561 + s.safepointOverheadMs(), within(1e-9));
    assertThat(s.gcTotalMs()).isCloseTo(21.687, within(1e-9));
  }

  @Test
  void safepoint_withoutGcIsAVmOperationStop() {
    PauseRecorder r = new PauseRecorder();
    r.safepoint(0.0996);
    r.gcPause(7.033);
    r.safepoint(6.9); // shorter than the GC's own figure (clock granularity): nothing added
    PauseStats s = r.stats(2);
    assertThat(s.vmOperationCount()).isEqualTo(1);
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.totalMs()).isCloseTo(7.1326, within(1e-9));
  }

  @Test
  void quantile_nearestRankOnSmallSets() {
    assertThat(PauseRecorder.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2);
    assertThat(PauseRecorder.quantile(new double[] {1, 2, 3}, 0.99)).isEqualTo(3);
    assertThat(PauseRecorder.quantile(new double[0], 0.5)).isZero();
  }
}
