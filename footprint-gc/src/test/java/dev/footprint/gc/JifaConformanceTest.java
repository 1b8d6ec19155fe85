package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values Eclipse Jifa's TestParser asserts for its two G1 logs. */
class JifaConformanceTest {
  private static final long M = 1L << 20;

  @Test
  void jdk17G1_matchesJifaAssertions() throws Exception {
    GcAnalysis a = GcLogs.analyze(SharedData.gcLogs().resolve("jifa/17G1Parser.log"), GcOptions.DEFAULTS);
    assertThat(a.cycles()).as("Jifa: 4 events GC(0)..GC(3)").isEqualTo(4);
    assertThat(a.heap().regionSizeBytes()).isEqualTo(1 * M);
    List<TimelinePoint> t = a.timeline();
    // GC(0) young: 20.955 ms, 51M->26M(100M), ends at 0.354 s (Jifa: starts 333 ms)
    assertThat(t.get(0).pauseMs()).isEqualTo(20.955);
    assertThat(t.get(0).heapBeforeBytes()).isEqualTo(51 * M);
    assertThat(t.get(0).heapAfterBytes()).isEqualTo(26 * M);
    assertThat(t.get(0).seconds() - t.get(0).pauseMs() / 1000).isCloseTo(0.333, within(0.001));
    // GC(2) full (G1 Compaction Pause): 22.935 ms, 98M->69M(100M), starts 1715 ms
    TimelinePoint full = t.stream().filter(TimelinePoint::full).findFirst().orElseThrow();
    assertThat(full.pauseMs()).isEqualTo(22.935);
    assertThat(full.heapBeforeBytes()).isEqualTo(98 * M);
    assertThat(full.heapAfterBytes()).isEqualTo(69 * M);
    assertThat(full.seconds() - full.pauseMs() / 1000).isCloseTo(1.715, within(0.001));
    assertThat(a.fullGcCount()).isEqualTo(1);
    assertThat(a.heap().committedPeakBytes()).isEqualTo(100 * M);
    // GC(1) Concurrent Mark Cycle (25.265 ms) and GC(3) Concurrent Undo Cycle (0.125 ms)
    assertThat(a.concurrentCycles()).isEqualTo(2);
  }

  @Test
  void jdk11G1_matchesJifaAssertions() throws Exception {
    GcAnalysis a = GcLogs.analyze(SharedData.gcLogs().resolve("jifa/11G1Parser.log"), GcOptions.DEFAULTS);
    assertThat(a.cycles()).as("Jifa: 3 events").isEqualTo(3);
    assertThat(a.heap().regionSizeBytes()).isEqualTo(1 * M);
    TimelinePoint young = a.timeline().get(0);
    assertThat(young.pauseMs()).isEqualTo(10.709);
    assertThat(young.heapBeforeBytes()).isEqualTo(19 * M);
    assertThat(young.heapAfterBytes()).isEqualTo(4 * M);
    assertThat(a.evacuationFailures()).as("GC(0) To-space exhausted").isEqualTo(1);
    // Jifa: 1 safepoint of 10.1229 ms; it encloses GC(0), whose own figure is larger
    assertThat(a.pauses().safepointCount()).isEqualTo(1);
    assertThat(a.pauses().vmOperationCount()).isZero();
    assertThat(a.pauses().safepointOverheadMs()).isZero();
    // Jifa: log from 0 to 7123 ms; the last pause ends at 7.123 s
    assertThat(a.timeline().get(a.timeline().size() - 1).seconds()).isEqualTo(7.123);
  }
}
