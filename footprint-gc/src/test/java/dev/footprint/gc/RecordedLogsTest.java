package dev.footprint.gc;

import static dev.footprint.gc.AdviceSafety.assertSafe;
import static dev.footprint.gc.AdviceSafety.mib;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The advice on the logs of real programs kept in testdata/gc-logs (see its README for how each
 * was made): the first piece of advice is the constraint the program was built to hit, and the
 * safety rules hold with and without a container limit.
 */
class RecordedLogsTest {
  private static final long MIB = 1L << 20;
  private static final Path DIR =
      Path.of(System.getProperty("footprint.root", "..")).resolve("testdata/gc-logs");

  private static GcAnalysis analyze(String name, long limitMib, double goalMs) throws Exception {
    GcAnalysis a = GcLogs.analyze(DIR.resolve(name), new GcOptions(limitMib * MIB, goalMs));
    assertSafe(a, limitMib * MIB);
    return a;
  }

  @Test
  void heapTooSmall_heapFirst_never64mFor64Or40MiBContainers() throws Exception {
    String log = "jdk17-g1-heap-too-small.log.gz";
    GcAnalysis a = analyze(log, 0, 0);
    assertThat(a.fullGcCount()).isPositive();
    assertThat(a.advice().get(0).setting()).isEqualTo("-Xmx80m"); // 3 x the 24 MiB live set, rounded to 16
    assertThat(a.advice()).hasSize(1); // Full GCs and evacuation failures come from the heap's size
    assertThat(a.advice().get(0).changes()).contains("Full GCs (" + a.fullGcCount() + ")");
    // 64 MiB: 75% is 48 MiB, twice the live set: the most that is safe, and said to be short of 80
    Advice in64 = analyze(log, 64, 0).advice().get(0);
    assertThat(in64.setting()).isEqualTo("-Xmx48m");
    assertThat(in64.reason()).contains("75% of the 64 MiB container limit", "a 112 MiB limit would allow it");
    // 40 MiB: 75% is 30 MiB, below twice the live set: no heap setting, the limit it needs
    Advice in40 = analyze(log, 40, 0).advice().get(0);
    assertThat(in40.kind()).isEqualTo(AdviceKind.MEMORY_LIMIT);
    assertThat(in40.setting()).isEqualTo("--memory=112m"); // -Xmx80m / 0.75
    assertThat(in40.reason()).contains("75% of the 40 MiB container limit is 30 MiB, so no heap setting can fit");
    assertThat(analyze(log, 1024, 0).advice().get(0).setting()).isEqualTo("-Xmx80m");
  }

  @Test
  void pauseBound_goalFirst() throws Exception {
    GcAnalysis a = analyze("jdk17-g1-pause-bound.log.gz", 0, 10);
    assertThat(a.advice().get(0).kind()).isEqualTo(AdviceKind.PAUSE_GOAL);
    assertThat(a.advice().get(0).flag()).isEqualTo("MaxGCPauseMillis");
    double met = 2 * a.pauses().maxMs();
    assertThat(analyze("jdk17-g1-pause-bound.log.gz", 0, met).advice())
        .as("a goal above every pause").extracting(Advice::kind).doesNotContain(AdviceKind.PAUSE_GOAL);
  }

  @Test
  void allocationBound_roomierHeapFirst_withinALimit() throws Exception {
    GcAnalysis a = analyze("jdk17-g1-allocation-bound.log.gz", 0, 0);
    Advice first = a.advice().get(0);
    assertThat(first.kind()).isEqualTo(AdviceKind.ALLOCATION);
    assertThat(first.setting()).isEqualTo("-Xmx128m");
    assertThat(first.changes()).contains("throughput");
    assertThat(mib(analyze("jdk17-g1-allocation-bound.log.gz", 64, 0).advice().get(0).value())).isEqualTo(48);
  }

  @Test
  void goGrowing_noLimitDiagnosedWithoutOne_cannotFitA64MiBLimit() throws Exception {
    GcAnalysis a = analyze("go119-grow-300mib.log", 0, 0);
    assertThat(a.advice()).extracting(Advice::kind).doesNotContain(AdviceKind.MEMORY_LIMIT);
    Advice first = analyze("go119-grow-300mib.log", 64, 0).advice().get(0);
    assertThat(first.setting()).startsWith("--memory=");
    assertThat(first.reason()).contains("is larger than 90% of the 64 MiB container limit: it cannot fit");
  }

  @Test
  void goUnderGomemlimit_raiseItFirst() throws Exception {
    Advice first = analyze("go119-gomemlimit-160mib.log", 0, 0).advice().get(0);
    assertThat(first.flag()).isEqualTo("GOMEMLIMIT");
    assertThat(first.reason()).contains("GOMEMLIMIT is 160 MiB", "larger than the limit");
    assertThat(mib(first.value())).isGreaterThan(300);
    Advice capped = analyze("go119-gomemlimit-160mib.log", 256, 0).advice().get(0);
    assertThat(capped.setting()).isEqualTo("GOMEMLIMIT=230MiB");
  }

  @Test
  void goSteady_containerLimitGetsTheSafetyNetLast() throws Exception {
    GcAnalysis a = analyze("go119-steady-16mib.log", 1024, 0);
    assertThat(a.advice().get(a.advice().size() - 1).setting()).isEqualTo("GOMEMLIMIT=921MiB");
  }
}
