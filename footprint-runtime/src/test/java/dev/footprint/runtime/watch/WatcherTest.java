package dev.footprint.runtime.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.TargetGoneException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatcherTest {
  /** A process whose open files grow by one per reading, ending after {@code life} readings. */
  static final class FakeSampler implements Sampler {
    final int life;
    int n;

    FakeSampler(int life) {
      this.life = life;
    }

    @Override
    public SampleTarget target() {
      return new SampleTarget.ProcessTree(42, true);
    }

    @Override
    public Sample sample() throws FootprintException {
      if (n >= life) {
        throw new TargetGoneException("process 42 is not running");
      }
      n++;
      return new Sample(Instant.now(), 1, n * 1_000_000L, 1 << 20, 1 << 19, 2, 10 + n, Sample.UNAVAILABLE,
          Sample.UNAVAILABLE, Optional.empty(), List.of("I/O bytes: not readable"));
    }
  }

  @Test
  void endsWhenTargetEnds_andSummarizes() throws Exception {
    List<Reading> seen = new ArrayList<>();
    WatchListener l = (r, rec) -> seen.add(r);
    Watcher w = new Watcher(new FakeSampler(12), List.of(), Duration.ofMillis(5), null, List.of(l));
    WatchSummary s = w.run(new TrendClassifier());
    assertThat(s.readings()).isEqualTo(12);
    assertThat(seen).hasSize(12);
    assertThat(s.endReason()).isEqualTo("process 42 and descendants ended");
    assertThat(s.leaks()).extracting(MetricSummary::name).containsExactly("open_files");
    // Unavailable figures are absent, not zero, and the reason is carried once.
    assertThat(s.metrics()).extracting(MetricSummary::name).doesNotContain("read", "write");
    assertThat(s.notes()).containsExactly("I/O bytes: not readable");
  }

  @Test
  void durationBoundsTheWatch() throws Exception {
    Watcher w = new Watcher(new FakeSampler(10_000), List.of(), Duration.ofMillis(20), Duration.ofMillis(200), List.of());
    long t0 = System.nanoTime();
    WatchSummary s = w.run(new TrendClassifier());
    assertThat((System.nanoTime() - t0) / 1e6).isBetween(150.0, 2000.0);
    assertThat(s.endReason()).isEqualTo("watched for 200ms");
    assertThat(s.readings()).isBetween(5, 12);
  }

  @Test
  void stopFromAnotherThread_endsAsInterrupted() throws Exception {
    Watcher w = new Watcher(new FakeSampler(10_000), List.of(), Duration.ofMillis(10), null, List.of());
    new Thread(() -> {
      sleep(100);
      w.stop();
    }).start();
    assertThat(w.run(new TrendClassifier()).endReason()).isEqualTo("interrupted");
  }

  @Test
  void missingTargetAtStart_isAnError() {
    Watcher w = new Watcher(new FakeSampler(0), List.of(), Duration.ofMillis(10), null, List.of());
    assertThatThrownBy(() -> w.run(new TrendClassifier())).isInstanceOf(TargetGoneException.class);
  }

  @Test
  void failingProbe_becomesANote_andGoodProbeValuesAreRecorded() throws Exception {
    Probe bad = new Probe() {
      @Override
      public String name() {
        return "pprof";
      }

      @Override
      public List<String> metricNames() {
        return List.of();
      }

      @Override
      public List<ProbeValue> read() throws FootprintException {
        throw new UnavailableException("connection refused");
      }
    };
    Probe good = new Probe() {
      @Override
      public String name() {
        return "jvm";
      }

      @Override
      public List<String> metricNames() {
        return List.of("jvm_heap_used");
      }

      @Override
      public List<ProbeValue> read() {
        return List.of(new ProbeValue("jvm_heap_used", "bytes", false, 5e6));
      }
    };
    WatchSummary s = new Watcher(new FakeSampler(8), List.of(bad, good), Duration.ofMillis(5), null, List.of()).run(new TrendClassifier());
    assertThat(s.notes()).contains("pprof: connection refused");
    assertThat(s.metrics()).extracting(MetricSummary::name).contains("jvm_heap_used");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
