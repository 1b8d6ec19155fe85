package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JVMs (JDK 17 and Temurin 25) under -Xlog:gc* with G1, Parallel, ZGC, Shenandoah and
 * Serial: the collections
 * footprint parses must equal the counts the program's own GarbageCollectorMXBeans report.
 */
class JvmGcLogIT {
  private static final Path JDK17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
  private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir static Path dir;

  @BeforeAll
  static void compile() throws Exception {
    Path src = dir.resolve("Alloc.java");
    try (InputStream in = JvmGcLogIT.class.getResourceAsStream("it/Alloc.java")) {
      Files.copy(in, src);
    }
    int rc = ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "--release", "17", "-d", dir.toString(), src.toString());
    assertThat(rc).isZero();
  }

  @TestFactory
  Stream<DynamicTest> parsedCounts_equalGarbageCollectorBeans() {
    return Stream.of(JDK17, JDK25)
        .flatMap(jdk -> Stream.of("G1", "Parallel", "Z", "Shenandoah", "Serial")
            .map(gc -> DynamicTest.dynamicTest(jdk.getFileName() + " " + gc, () -> check(jdk, gc))));
  }

  private static void check(Path jdk, String gc) throws Exception {
    Path java = jdk.resolve("bin/java");
    if (!Files.isExecutable(java)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("no JDK at " + jdk);
      }
      assumeTrue(false, "no JDK at " + jdk);
    }
    Path log = dir.resolve(jdk.getFileName() + "-" + gc + ".log");
    Path out = dir.resolve(jdk.getFileName() + "-" + gc + ".out");
    Process p = new ProcessBuilder(
            java.toString(), "-Xmx128m", "-XX:+Use" + gc + "GC",
            "-Xlog:gc*,safepoint:file=" + log, "-cp", dir.toString(), "Alloc")
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(out)).isZero();
    Map<String, Long> beans = new HashMap<>();
    for (String line : Files.readAllLines(out)) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("allocated")) {
        beans.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
      }
    }

    GcAnalysis a = GcLogs.analyze(log, GcOptions.DEFAULTS);
    Map<String, Long> kinds = new HashMap<>();
    a.pauseKinds().forEach(k -> kinds.put(k.name(), k.count()));

    switch (gc) {
      case "G1" -> {
        assertThat(a.collector()).isEqualTo("G1");
        assertThat(kinds.getOrDefault("Pause Young", 0L)).as("young pauses vs 'G1 Young Generation'")
            .isEqualTo(beans.get("G1 Young Generation"));
        assertThat(a.fullGcCount()).as("full GCs vs 'G1 Old Generation'").isEqualTo(beans.get("G1 Old Generation"));
        if (beans.containsKey("G1 Concurrent GC")) { // JDK 21+: remark and cleanup pauses
          assertThat(kinds.getOrDefault("Pause Remark", 0L) + kinds.getOrDefault("Pause Cleanup", 0L))
              .isEqualTo(beans.get("G1 Concurrent GC"));
        }
      }
      case "Parallel" -> {
        assertThat(a.collector()).isEqualTo("Parallel");
        assertThat(kinds.get("Pause Young")).isEqualTo(beans.get("PS Scavenge"));
        assertThat(a.fullGcCount()).isEqualTo(beans.get("PS MarkSweep"));
        assertThat(a.cycles()).isEqualTo(beans.get("PS Scavenge") + beans.get("PS MarkSweep"));
      }
      case "Serial" -> {
        assertThat(a.collector()).isEqualTo("Serial");
        assertThat(kinds.get("Pause Young")).isEqualTo(beans.get("Copy"));
        assertThat(a.fullGcCount()).isEqualTo(beans.get("MarkSweepCompact"));
      }
      case "Shenandoah" -> {
        assertThat(a.collector()).isEqualTo("Shenandoah");
        // ids of cycles; one the JVM's exit cut short has an id but is not counted by the bean
        assertThat(a.cycles()).as("Shenandoah cycles")
            .isBetween(beans.get("Shenandoah Cycles"), beans.get("Shenandoah Cycles") + 1);
        assertThat(a.pauses().gcCount()).as("Shenandoah pauses").isEqualTo(beans.get("Shenandoah Pauses"));
      }
      default -> {
        assertThat(a.collector()).isEqualTo("ZGC");
        long cycles = sum(beans, List.of("ZGC Cycles", "ZGC Minor Cycles", "ZGC Major Cycles"));
        long pauses = sum(beans, List.of("ZGC Pauses", "ZGC Minor Pauses", "ZGC Major Pauses"));
        // completed collections; a cycle the JVM's exit cut short has an id but no end line
        assertThat(a.concurrentCycles()).as("ZGC cycles").isEqualTo(cycles);
        assertThat(a.cycles()).isBetween(cycles, cycles + 1);
        assertThat(a.pauses().gcCount()).as("ZGC pauses").isEqualTo(pauses);
      }
    }
    assertThat(a.pauses().safepointCount()).as("safepoint lines read").isPositive();
    assertThat(a.skippedLines()).as("every GC line of a real JVM read").isZero();
    assertThat(a.heap().peakBytes()).isPositive().isLessThanOrEqualTo(128L << 20);
  }

  private static long sum(Map<String, Long> beans, List<String> names) {
    return names.stream().mapToLong(n -> beans.getOrDefault(n, 0L)).sum();
  }
}
