package dev.footprint.gc;

import static dev.footprint.gc.AdviceSafety.assertSafe;
import static dev.footprint.gc.AdviceSafety.mib;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first advice on GC logs of real programs run here, each built to be bound by one constraint
 * (programs in src/test/resources/dev/footprint/gc/programs, a few seconds each), and the safety
 * rules on every piece of advice. Representative copies of these logs are kept in
 * testdata/gc-logs (RecordedLogsTest reads them without running anything).
 */
class AdviceOnRealProgramsIT {
  private static final long MIB = 1L << 20;

  @TempDir static Path dir;
  private static Programs programs;

  @BeforeAll
  static void build() throws Exception {
    programs = new Programs(dir);
  }

  private static GcAnalysis analyze(Path log, long limit, double goalMs) throws Exception {
    GcAnalysis a = GcLogs.analyze(log, new GcOptions(limit, goalMs));
    assertSafe(a, limit);
    return a;
  }

  @Test
  void heapTooSmall_firstAdviceIsTheHeapAndEveryLimitIsRespected() throws Exception {
    Path log = programs.java("HeapTooSmall", List.of("-XX:+UseG1GC", "-Xmx32m", "-Dchurn=100"), "2");
    GcAnalysis none = analyze(log, 0, 0);
    assertThat(none.fullGcCount()).as("the program is built to run out of heap").isPositive();
    Advice first = none.advice().get(0);
    assertThat(first.kind()).isEqualTo(AdviceKind.HEAP_SIZE);
    assertThat(first.flag()).isEqualTo("Xmx");
    assertThat(mib(first.value())).isGreaterThanOrEqualTo(3 * none.heap().liveBytes() / MIB);
    assertThat(none.advice()).extracting(Advice::flag).doesNotContain("MaxGCPauseMillis");

    for (long limitMib : new long[] {40, 64, 1024}) {
      GcAnalysis a = analyze(log, limitMib * MIB, 0);
      Advice top = a.advice().get(0);
      assertThat(top.kind()).as(limitMib + " MiB").isIn(AdviceKind.MEMORY_LIMIT, AdviceKind.HEAP_SIZE);
      if (2 * a.heap().liveBytes() > limitMib * MIB * 3 / 4) {
        // the live set cannot fit with the room the collector needs: the limit it needs, no heap
        assertThat(top.setting()).as(limitMib + " MiB").startsWith("--memory=");
        assertThat(top.reason()).contains("no heap setting can fit");
        assertThat(a.advice()).extracting(Advice::flag).doesNotContain("Xmx");
      } else {
        assertThat(top.flag()).isEqualTo("Xmx");
      }
    }
  }

  @Test
  void pauseBound_firstAdviceIsAGoalG1CanMeet() throws Exception {
    Path log = programs.java("PauseBound", List.of("-XX:+UseG1GC", "-Xmx512m", "-XX:MaxGCPauseMillis=10"), "3");
    GcAnalysis a = analyze(log, 0, 10);
    Advice first = a.advice().get(0);
    assertThat(first.kind()).isEqualTo(AdviceKind.PAUSE_GOAL);
    assertThat(Double.parseDouble(first.value())).isGreaterThanOrEqualTo(a.pauses().p99Ms());
    assertThat(first.changes()).contains("pauses over the goal");
    assertSafe(GcLogs.analyze(log, new GcOptions(1L << 30, 10)), 1L << 30);
  }

  @Test
  void allocationBound_firstAdviceIsARoomierYoungGeneration() throws Exception {
    Path log = programs.java("AllocationBound", List.of("-XX:+UseG1GC", "-Xmx16m"), "2");
    GcAnalysis a = analyze(log, 0, 0);
    assertThat(a.throughputPercent()).as("built to be allocation-bound").isLessThan(90);
    Advice first = a.advice().get(0);
    assertThat(first.kind()).isEqualTo(AdviceKind.ALLOCATION);
    assertThat(mib(first.value())).isGreaterThan(16);
    assertThat(a.advice()).extracting(Advice::flag).doesNotContain("MaxGCPauseMillis");
    GcAnalysis limited = analyze(log, 64 * MIB, 0);
    assertThat(mib(limited.advice().get(0).value())).isLessThanOrEqualTo(48);
  }

  @Test
  void goWithoutALimit_aPinnedGoalIsNotCalledALimit() throws Exception {
    Path log = programs.go(Map.of(), "-live", "300", "-grow", "-step", "200000", "-seconds", "2");
    GcAnalysis a = analyze(log, 0, 0);
    assertThat(a.advice()).extracting(Advice::kind).doesNotContain(AdviceKind.MEMORY_LIMIT);
    assertThat(a.advice()).allSatisfy(ad -> assertThat(ad.reason()).doesNotContain("thrashing"));

    GcAnalysis small = analyze(log, 64 * MIB, 0);
    Advice first = small.advice().get(0);
    assertThat(first.setting()).startsWith("--memory=");
    assertThat(first.reason()).contains("cannot fit");
    assertThat(mib(first.value()) * MIB).isGreaterThanOrEqualTo(2 * a.heap().liveBytes());
    assertThat(small.advice()).hasSize(1);
  }

  @Test
  void goUnderATightGomemlimit_firstAdviceRaisesIt() throws Exception {
    Path log = programs.go(Map.of("GOMEMLIMIT", "160MiB"), "-live", "140", "-seconds", "2");
    GcAnalysis a = analyze(log, 0, 0);
    Advice first = a.advice().get(0);
    assertThat(first.kind()).isEqualTo(AdviceKind.MEMORY_LIMIT);
    assertThat(first.flag()).isEqualTo("GOMEMLIMIT");
    assertThat(mib(first.value())).isGreaterThan(160);
    assertThat(first.evidence().get(0)).contains("GOMEMLIMIT=160MiB");

    // the same trace without the line that shows the limit: nothing says it was set
    Path bare = dir.resolve("go-limit-unlabelled.log");
    Files.write(bare, Files.readAllLines(log).stream().filter(l -> !l.contains("GOMEMLIMIT")).toList());
    assertThat(analyze(bare, 0, 0).advice()).extracting(Advice::kind).doesNotContain(AdviceKind.MEMORY_LIMIT);
    assertSafe(GcLogs.analyze(log, new GcOptions(256 * MIB, 0)), 256 * MIB);
  }

  @Test
  void goWithRoom_aContainerLimitGetsGomemlimitAtNinetyPercent() throws Exception {
    Path log = programs.go(Map.of(), "-live", "16", "-seconds", "2");
    GcAnalysis a = analyze(log, 1L << 30, 0);
    Advice last = a.advice().get(a.advice().size() - 1);
    assertThat(last.setting()).isEqualTo("GOMEMLIMIT=921MiB");
    assertThat(last.kind()).isEqualTo(AdviceKind.LIMIT_SAFETY);
  }
}
