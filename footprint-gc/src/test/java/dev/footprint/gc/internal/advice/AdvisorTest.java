package dev.footprint.gc.internal.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcLogs;
import dev.footprint.gc.GcOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Advice from small logs built to show one problem each, with the evidence quoted back. */
class AdvisorTest {
  @TempDir Path dir;

  private GcAnalysis analyze(String text, GcOptions options) throws Exception {
    Path log = Files.writeString(dir.resolve("gc" + text.hashCode() + ".log"), text);
    return GcLogs.analyze(log, options);
  }

  private static Optional<Advice> advice(GcAnalysis a, String flag) {
    return a.advice().stream().filter(x -> x.flag().equals(flag)).findFirst();
  }

  /** A Go trace: n cycles, 1 s apart, with the given live heap and goal (MiB) and GC CPU %. */
  private static String goTrace(int n, int liveMb, int goalMb, int cpu) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append(String.format(Locale.ROOT,
          "gc %d @%d.000s %d%%: 0.1+5+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, %d->%d->%d MB, %d MB goal,"
              + " 1 MB stacks, 0 MB globals, 4 P%n", i, i, cpu, goalMb, goalMb, liveMb, goalMb));
    }
    return s.toString();
  }

  @Test
  void go_memoryLimitGivesGomemlimitWithTenPercentHeadroom() throws Exception {
    GcAnalysis a = analyze(goTrace(30, 100, 200, 1), new GcOptions(1000L << 20, 0));
    Advice limit = advice(a, "GOMEMLIMIT").orElseThrow();
    assertThat(limit.value()).isEqualTo("900MiB");
    assertThat(limit.setting()).isEqualTo("GOMEMLIMIT=900MiB");
    assertThat(limit.evidence()).anyMatch(e -> e.contains("of the 1000 MiB container limit"));
    assertThat(limit.kind()).isEqualTo(dev.footprint.gc.AdviceKind.LIMIT_SAFETY);
    assertThat(advice(a, "GOGC")).isEmpty();
  }

  @Test
  void go_busyGcWithRoomGetsHigherGogc() throws Exception {
    GcAnalysis a = analyze(goTrace(30, 100, 200, 15), new GcOptions(2000L << 20, 0));
    Advice gogc = advice(a, "GOGC").orElseThrow();
    assertThat(gogc.value()).isEqualTo("400"); // 100 + 101*4 = 504 MiB fits under 1800 MiB
    assertThat(gogc.reason()).contains("15% of CPU");
    assertThat(gogc.evidence().get(0)).startsWith("line 30: gc 30 @30.000s 15%");
  }

  @Test
  void go_goalAboveTheContainerLimitWithRoomForTheLiveHeapGetsGomemlimitFirst() throws Exception {
    GcAnalysis a = analyze(goTrace(30, 400, 950, 1), new GcOptions(1000L << 20, 0));
    Advice first = a.advice().get(0);
    assertThat(first.setting()).isEqualTo("GOMEMLIMIT=900MiB");
    assertThat(first.kind()).isEqualTo(dev.footprint.gc.AdviceKind.MEMORY_LIMIT);
    assertThat(first.reason()).contains("OOM-killed", "1.1 times as often");
  }

  @Test
  void go_liveHeapTooCloseToTheContainerLimitGetsTheLimitItNeeds() throws Exception {
    GcAnalysis a = analyze(goTrace(30, 800, 1600, 1), new GcOptions(1000L << 20, 0));
    assertThat(a.advice()).hasSize(1);
    assertThat(a.advice().get(0).setting()).isEqualTo("--memory=1792m"); // (2*800 + 1)/0.9, to 64 MiB
    assertThat(a.advice().get(0).reason()).contains("cannot fit");
  }

  @Test
  void go_goalPinnedToLiveHeapIsALimitOnlyWhenALimitIsShown() throws Exception {
    String trace = goTrace(30, 2000, 2000, 19);
    assertThat(analyze(trace, GcOptions.DEFAULTS).advice())
        .allSatisfy(ad -> assertThat(ad.reason()).doesNotContain("thrashing", "GOMEMLIMIT"))
        .noneMatch(ad -> ad.kind() == dev.footprint.gc.AdviceKind.MEMORY_LIMIT);
    GcAnalysis a = analyze("GOMEMLIMIT=2100MiB\n" + trace, GcOptions.DEFAULTS);
    Advice limit = advice(a, "GOMEMLIMIT").orElseThrow();
    assertThat(limit.reason()).contains("GOMEMLIMIT is 2100 MiB", "thrashing");
    assertThat(limit.value()).isEqualTo("4001MiB"); // twice the live heap, plus stacks
    assertThat(a.advice()).hasSize(1);
  }

  @Test
  void go_quietTraceGetsNoAdvice() throws Exception {
    assertThat(analyze(goTrace(30, 100, 200, 1), GcOptions.DEFAULTS).advice()).isEmpty();
  }

  @Test
  void g1_humongousRegionsGetALargerRegionSize() throws Exception {
    GcAnalysis a = analyze("""
        [0.015s][info][gc,heap] Heap region size: 1M
        [0.017s][info][gc     ] Using G1
        [1.010s][info][gc,heap      ] GC(0) Humongous regions: 30->3
        [1.010s][info][gc           ] GC(0) Pause Young (Normal) (G1 Humongous Allocation) 100M->40M(256M) 5.000ms
        """, GcOptions.DEFAULTS);
    Advice region = advice(a, "G1HeapRegionSize").orElseThrow();
    assertThat(region.value()).isEqualTo("2m"); // 30 regions = 11.7% of 256 regions
    assertThat(region.evidence().get(0)).contains("Humongous regions: 30->3");
  }

  @Test
  void g1_longPausesAgainstAStricterGoal() throws Exception {
    StringBuilder s = new StringBuilder("[0.017s][info][gc] Using G1\n");
    for (int i = 0; i < 20; i++) {
      s.append(String.format(Locale.ROOT,
          "[%d.000s][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) 900M->300M(1024M) %d.000ms%n",
          i + 1, i, i % 2 == 0 ? 80 : 20));
    }
    GcAnalysis a = analyze(s.toString(), new GcOptions(0, 50));
    Advice goal = advice(a, "MaxGCPauseMillis").orElseThrow();
    assertThat(goal.reason()).contains("10 of 20 young/mixed pauses exceeded the 50.0 ms goal");
    assertThat(goal.value()).isEqualTo("100");
  }

  @Test
  void jvm_defaultHeapSizingInAContainerUnderPressure() throws Exception {
    String log = """
        [0.017s][info][gc     ] Using G1
        [0.022s][info][gc,init] Memory: 4096M
        [0.022s][info][gc,init] Heap Max Capacity: 1024M
        [1.000s][info][gc     ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 1000M->900M(1024M) 30.000ms
        [2.000s][info][gc     ] GC(1) Pause Full (G1 Compaction Pause) 1020M->850M(1024M) 900.000ms
        """;
    GcAnalysis a = analyze(log, GcOptions.DEFAULTS);
    // the Memory line may be the machine's: it caps the heap but is not called a limit
    Advice xmx = a.advice().get(0);
    assertThat(xmx.setting()).isEqualTo("-Xmx2560m"); // 3 x 850 MiB, within 75% of 4096 MiB
    assertThat(xmx.evidence()).anyMatch(e -> e.contains("the JVM saw 4096 MiB of memory"));
    assertThat(xmx.reason() + xmx.evidence()).doesNotContain("memory limit");
    assertThat(advice(a, "MaxRAMPercentage")).isEmpty();
    // told it is a 4 GiB container, which the JVM saw itself: the default 25% gets a percentage
    GcAnalysis inContainer = analyze(log, new GcOptions(4096L << 20, 0));
    assertThat(inContainer.advice().get(0).setting()).isEqualTo("-XX:MaxRAMPercentage=65");
  }

  @Test
  void jvm_explicitGcAsksForConcurrentCycles() throws Exception {
    GcAnalysis a = analyze("""
        [0.017s][info][gc     ] Using G1
        [1.000s][info][gc     ] GC(0) Pause Full (System.gc()) 100M->20M(1024M) 30.000ms
        """, GcOptions.DEFAULTS);
    assertThat(advice(a, "ExplicitGCInvokesConcurrent").orElseThrow().setting())
        .isEqualTo("-XX:+ExplicitGCInvokesConcurrent");
    assertThat(advice(a, "InitiatingHeapOccupancyPercent")).isEmpty();
  }
}
