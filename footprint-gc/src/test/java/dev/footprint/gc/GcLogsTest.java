package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.footprint.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogsTest {
  @TempDir Path dir;

  private GcAnalysis analyze(String text) throws Exception {
    return analyze(text, GcOptions.DEFAULTS);
  }

  private GcAnalysis analyze(String text, GcOptions options) throws Exception {
    Path log = dir.resolve("gc-" + text.hashCode() + ".log");
    Files.writeString(log, text);
    return GcLogs.analyze(log, options);
  }

  @Test
  void analyze_jdk21EvacuationFailureSuffixCountsAsFailure() throws Exception {
    GcAnalysis a = analyze("""
        [0.021s][info][gc     ] Using G1
        [0.177s][info][gc          ] GC(2) Pause Young (Normal) (G1 Humongous Allocation) (Evacuation Failure: Allocation) 62M->62M(64M) 28.442ms
        [0.180s][info][gc             ] GC(3) Pause Full (G1 Compaction Pause) 62M->59M(64M) 3.490ms
        """);
    assertThat(a.evacuationFailures()).isEqualTo(1);
    assertThat(a.fullGcCount()).isEqualTo(1);
    assertThat(a.pauseKinds()).extracting(PauseKind::name).containsExactly("Pause Young", "Pause Full");
    // 59 MiB live in a 64 MiB heap: the heap's size explains the failure and the Full GC
    assertThat(a.advice().get(0).flag()).isEqualTo("Xmx");
    assertThat(a.advice()).extracting(Advice::flag).doesNotContain("G1ReservePercent", "InitiatingHeapOccupancyPercent");
  }

  @Test
  void analyze_generationalZgcOfJdk25() throws Exception {
    GcAnalysis a = analyze("""
        [0.027s][info][gc     ] Using The Z Garbage Collector
        [0.108s][info][gc          ] GC(0) Major Collection (Warmup)
        [0.108s][info][gc,phases   ] GC(0) Y: Pause Mark Start (Major) 0.015ms
        [0.112s][info][gc,phases   ] GC(0) Y: Pause Mark End 0.009ms
        [0.115s][info][gc,phases   ] GC(0) Y: Pause Relocate Start 0.008ms
        [0.118s][info][gc          ] GC(1) Minor Collection (Allocation Stall)
        [0.119s][info][gc,phases   ] GC(1) y: Pause Mark Start 0.008ms
        [0.120s][info][gc,phases   ] GC(0) O: Pause Mark End 0.008ms
        [0.121s][info][gc,phases   ] GC(1) y: Pause Mark End 0.004ms
        [0.121s][info][gc,phases   ] GC(1) y: Pause Relocate Start 0.004ms
        [0.123s][info][gc          ] Allocation Stall (main) 4.574ms
        [0.123s][info][gc          ] GC(1) Minor Collection (Allocation Stall) 64M(100%)->64M(100%) 0.005s
        [0.123s][info][gc,phases   ] GC(0) O: Pause Relocate Start 0.005ms
        [0.123s][info][gc          ] GC(0) Major Collection (Warmup) 8M(12%)->64M(100%) 0.016s
        """);
    assertThat(a.collector()).isEqualTo("ZGC");
    assertThat(a.cycles()).isEqualTo(2);
    assertThat(a.concurrentCycles()).isEqualTo(2);
    assertThat(a.pauses().count()).isEqualTo(8);
    assertThat(a.pauses().totalMs()).isCloseTo(0.061, within(1e-9));
    assertThat(a.heap().committedPeakBytes()).isEqualTo(64L << 20);
  }

  @Test
  void analyze_serialWithJdk17SafepointLines() throws Exception {
    GcAnalysis a = analyze("""
        [0.010s][info][gc] Using Serial
        [0.100s][info][gc,start] GC(0) Pause Young (Allocation Failure)
        [0.110s][info][gc,heap ] GC(0) DefNew: 4416K(4928K)->512K(4928K) Eden: 4416K(4416K)->0K(4416K) From: 0K(512K)->512K(512K)
        [0.110s][info][gc,heap ] GC(0) Tenured: 0K(10944K)->2048K(10944K)
        [0.110s][info][gc      ] GC(0) Pause Young (Allocation Failure) 4M->2M(15M) 10.000ms
        [0.111s][info][safepoint] Safepoint "GenCollectForAllocation", Time since last: 90000000 ns, Reaching safepoint: 500000 ns, Cleanup: 1000 ns, At safepoint: 10100000 ns, Total: 10600000 ns
        [0.300s][info][safepoint] Safepoint "Cleanup", Time since last: 1000000 ns, Reaching safepoint: 100000 ns, Cleanup: 1000 ns, At safepoint: 100000 ns, Total: 200000 ns
        """);
    assertThat(a.collector()).isEqualTo("Serial");
    assertThat(a.pauses().count()).as("GC pause + one VM operation").isEqualTo(2);
    assertThat(a.pauses().totalMs()).isCloseTo(10.8, within(1e-9));
    assertThat(a.pauses().safepointOverheadMs()).isCloseTo(0.6, within(1e-9));
    assertThat(a.promotionRateBytesPerSec()).isEqualTo(-1); // one young GC: no time window
    assertThat(a.heap().peakBytes()).isEqualTo(4L << 20);
  }

  @Test
  void analyze_goTraceComputesThroughputGcViewerLacks() throws Exception {
    GcAnalysis a = analyze("""
        app starting
        gc 1 @1.000s 0%: 0.5+10+0.5 ms clock, 1+0/10/0+1 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P
        request served
        gc 2 @2.000s 0%: 1.0+10+1.0 ms clock, 1+0/10/0+1 ms cpu, 6->7->3 MB, 6 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)
        """);
    assertThat(a.format()).isEqualTo(LogFormat.GO_GCTRACE);
    assertThat(a.cycles()).isEqualTo(2);
    assertThat(a.forcedCycles()).isEqualTo(1);
    assertThat(a.pauses().totalMs()).isEqualTo(3.0);
    assertThat(a.spanSeconds()).isCloseTo(1.002, within(1e-9));
    assertThat(a.throughputPercent()).isCloseTo(100 * (1.002 - 0.003) / 1.002, within(1e-9));
    assertThat(a.allocationRateBytesPerSec()).isEqualTo(4.0 * (1 << 20)); // 6 MB at GC 2 - 2 MB live after GC 1
  }

  @Test
  void analyze_rejectsJdk8LogsWithAUsefulMessage() {
    assertThatThrownBy(() -> analyze("2024-01-01T00:00:00.000+0000: 0.345: [GC (Allocation Failure) [PSYoungGen: 33280K->5104K(38400K)] 33280K->5112K(125952K), 0.0050 secs]\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("-Xlog:gc");
  }

  @Test
  void analyze_rejectsFilesWithoutGcLines() {
    assertThatThrownBy(() -> analyze("hello\nworld\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no GC log lines");
    assertThatThrownBy(() -> GcLogs.analyze(dir.resolve("missing.log"), GcOptions.DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing.log");
  }

  @Test
  void analyze_logWithoutTimeDecorationsStillCountsPauses() throws Exception {
    GcAnalysis a = analyze("""
        [info][gc] Using Parallel
        [info][gc] GC(0) Pause Young (Allocation Failure) 32M->29M(123M) 6.868ms
        [info][gc] GC(1) Pause Full (Ergonomics) 62M->61M(123M) 13.765ms
        """);
    assertThat(a.pauses().count()).isEqualTo(2);
    assertThat(a.fullGcCount()).isEqualTo(1);
    assertThat(a.timeline()).isEmpty();
    assertThat(a.throughputPercent()).isNaN();
    assertThat(a.allocationRateBytesPerSec()).isEqualTo(-1);
  }

  @Test
  void analyze_readsGzippedLogs() throws Exception {
    Path gz = dir.resolve("gc.log.0.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("[0.202s][info][gc] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.529ms\n".getBytes());
    }
    assertThat(GcLogs.analyze(gz, GcOptions.DEFAULTS).pauses().totalMs()).isEqualTo(6.529);
  }

  @Test
  void analyze_skipsATruncatedLastLine() throws Exception {
    GcAnalysis a = analyze("""
        [0.202s][info][gc] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.529ms
        [0.302s][info][gc] GC(1) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.5""");
    assertThat(a.pauses().count()).isEqualTo(1);
    assertThat(a.skippedLines()).isEqualTo(1);
  }

  private static final String GO_LINE =
      "gc %d @%d.000s 1%%: 0.1+5+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 8->9->4 MB, 9 MB goal, 0 MB stacks, 0 MB globals, 4 P\n";

  @Test
  void analyze_aHugeLineWithoutNewlineIsPassedOverAndCounted() throws Exception {
    Path log = dir.resolve("huge-line.log");
    try (var f = new java.io.RandomAccessFile(log.toFile(), "rw")) {
      f.write(String.format(GO_LINE, 1, 1).getBytes());
      f.write("x".getBytes());
      f.seek(200L << 20); // a sparse 200 MB line of zero bytes: no disk, no newline
      f.write(("\n" + String.format(GO_LINE, 2, 2)).getBytes());
    }
    GcAnalysis a = GcLogs.analyze(log, GcOptions.DEFAULTS);
    assertThat(a.cycles()).isEqualTo(2);
    assertThat(a.overlongLines()).isEqualTo(1);
    assertThat(a.lines()).isEqualTo(3);
    assertThat(a.skippedLines()).isZero();
  }

  @Test
  void analyze_aHugeLineAloneIsNoGcLog() throws Exception {
    Path log = dir.resolve("zeros.log");
    try (var f = new java.io.RandomAccessFile(log.toFile(), "rw")) {
      f.setLength(200L << 20);
    }
    assertThatThrownBy(() -> GcLogs.analyze(log, GcOptions.DEFAULTS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(log + ": no GC log lines found");
  }

  @Test
  void analyze_goLinesCutShortAreCountedAsSkipped() throws Exception {
    GcAnalysis a = analyze(String.format(GO_LINE, 1, 1) + "gc 2 @2.000s 1%: 0.1+5+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 8->9\n"
        + "gc 3 @3.0.0s 1%: 0.1+5+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 8->9->4 MB, 9 MB goal, 4 P\n"
        + "scvg0: inuse: 49, idle: 3, sys: 52, released: 0, consumed: 52 (MB)\n");
    assertThat(a.cycles()).isEqualTo(1);
    assertThat(a.skippedLines()).isEqualTo(2);
  }

  @Test
  void analyze_jvmLinesWithGarbledFiguresAreSkippedNotFatal() throws Exception {
    GcAnalysis a = analyze("""
        [0.202s][info][gc] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.529ms
        [0.302s][info][gc] GC(1) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.5.2ms
        [0.402s][info][gc] GC(2) Pause Young (G1 Evacuation Pause) 14M->12M(128M) ms
        [0.502s][info][safepoint] Total time for which application threads were stopped: x.y seconds, Stopping threads took: 0.0000 seconds
        [0.602s][info][safepoint] Safepoint "G1CollectForAllocation", Time since last: 1 ns, Total: 12a34 ns
        [1.2.3s][info][gc] GC(3) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 1.000ms
        """);
    assertThat(a.pauses().gcCount()).isEqualTo(2);
    assertThat(a.skippedLines()).isEqualTo(4);
  }

  @Test
  void analyze_aJvmLogWithNoGcEventIsRefused() throws Exception {
    assertThatThrownBy(() -> analyze("""
        [0.017s][info][gc] Using G1
        [0.022s][info][gc,init] Heap Max Capacity: 1024M
        """))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no GC event in 2 lines");
  }
}
