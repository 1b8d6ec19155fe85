package dev.footprint.gc;

import static dev.footprint.gc.AdviceSafety.assertSafe;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The advice on every log of ../shared/conformance/gc-logs (GCViewer's and Jifa's test logs) with
 * no limit, a 256 MiB and a 2 GiB container: the safety rules hold for each, and the ranked
 * settings equal the table below, which was reviewed by hand (docs/gc.md says what was checked).
 * A change in the advice on these logs must be reviewed again and the table updated.
 */
class ConformanceAdviceTest {
  private static final long MIB = 1L << 20;
  private static final long[] LIMITS = {0, 256 * MIB, 2048 * MIB};

  /** File name → settings in rank order for each of LIMITS, joined by " ". */
  private static final Map<String, List<String>> REVIEWED = Map.ofEntries(
      Map.entry("go1.9.txt", List.of("", "GOMEMLIMIT=230MiB", "GOMEMLIMIT=1843MiB")),
      Map.entry("Sample-ujl-shenandoah-jdk17.txt", List.of("", "--memory=5056m", "--memory=5056m")),
      Map.entry("SampleShenandoahAllocationFailure.txt",
          List.of("-Xmx18048m", "--memory=24064m", "--memory=24064m")),
      Map.entry("sample-ujl-g1-gc-all,safepoint,os+cpu-to-space-exhausted.txt",
          List.of("-Xmx368m", "--memory=496m", "-Xmx368m")),
      Map.entry("sample-ujl-g1-gc-all,safepoint,os+cpu.txt", List.of("-Xmx480m", "-Xmx192m", "-Xmx480m")),
      Map.entry("sample-ujl-g1-gc-defaults.txt",
          List.of("-XX:InitiatingHeapOccupancyPercent=52 -XX:G1ReservePercent=20",
              "-XX:InitiatingHeapOccupancyPercent=52 -XX:G1ReservePercent=20",
              "-XX:InitiatingHeapOccupancyPercent=52 -XX:G1ReservePercent=20")),
      Map.entry("sample-ujl-jdk17-full-concurrent-cycle-g1-gc-all-safepont,os-cpu.txt", List.of("", "", "")),
      Map.entry("sample-ujl-parallel-gc-all,safepoint,os+cpu.txt", List.of("-Xmx192m", "-Xmx192m", "-Xmx192m")),
      Map.entry("sample-ujl-parallel-gc-defaults.txt", List.of("-Xmx192m", "-Xmx192m", "-Xmx192m")),
      Map.entry("sample-ujl-zgc-gc-all.txt", List.of("", "--memory=35264m", "--memory=35264m")),
      Map.entry("sample-ujl-zgc-gc-default.txt", List.of("", "-Xmx192m", "-Xmx1536m")),
      Map.entry("11G1Parser.log", List.of("-Xmx3264m", "--memory=4352m", "--memory=4352m")),
      Map.entry("17G1Parser.log", List.of("-Xmx208m", "-Xmx192m", "-Xmx208m")));

  @TestFactory
  Stream<DynamicTest> everyConformanceLog_safeAndAsReviewed() throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.walk(SharedData.gcLogs())) {
      logs = files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("summary"))
          .filter(p -> !p.getFileName().toString().matches("(LICENSE|SOURCE).*"))
          .sorted().toList();
    }
    assertThat(logs.stream().map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(REVIEWED.keySet());
    return logs.stream().map(log -> DynamicTest.dynamicTest(log.getFileName().toString(), () -> {
      List<String> expected = REVIEWED.get(log.getFileName().toString());
      for (int i = 0; i < LIMITS.length; i++) {
        GcAnalysis a = GcLogs.analyze(log, new GcOptions(LIMITS[i], 0));
        assertSafe(a, LIMITS[i]);
        assertThat(a.advice().stream().map(Advice::setting).collect(Collectors.joining(" ")))
            .as("limit " + LIMITS[i] / MIB + " MiB").isEqualTo(expected.get(i));
      }
    }));
  }
}
