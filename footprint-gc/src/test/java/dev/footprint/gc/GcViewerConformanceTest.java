package dev.footprint.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every log in ../shared/conformance/gc-logs against GCViewer's SUMMARY export of it: pause count,
 * total pause and throughput within 0.1%. Where footprint counts differently, the mapping below
 * says why and turns footprint's own figures into GCViewer's — so both the difference and the
 * rest of the figures are checked, not waved through.
 */
class GcViewerConformanceTest {

  /** How GCViewer's figures follow from footprint's for one log, and why. */
  record Mapping(
      String why,
      ToDoubleFunction<GcAnalysis> count,
      ToDoubleFunction<GcAnalysis> totalMs,
      ToDoubleFunction<GcAnalysis> throughput) {}

  private static final Mapping SAME =
      new Mapping(
          "same reading",
          a -> a.pauses().count(),
          a -> a.pauses().totalMs(),
          GcAnalysis::throughputPercent);

  /** Pre-JDK 17 safepoint lines: GCViewer adds each as a pause of its own beside its GC pause. */
  private static final ToDoubleFunction<GcAnalysis> GC_PLUS_SAFEPOINTS =
      a -> a.pauses().gcCount() + a.pauses().safepointCount();

  private static final Map<String, Mapping> KNOWN = new HashMap<>();

  static {
    KNOWN.put(
        "sample-ujl-g1-gc-defaults.txt",
        new Mapping(
            "GCViewer models each 'To-space exhausted' line as a zero-length pause; footprint"
                + " counts them as evacuation failures",
            a -> a.pauses().count() + a.evacuationFailures(),
            a -> a.pauses().totalMs(),
            GcAnalysis::throughputPercent));
    KNOWN.put(
        "sample-ujl-g1-gc-all,safepoint,os+cpu.txt",
        new Mapping(
            "GCViewer counts every safepoint line as a pause besides the GC pause inside it;"
                + " footprint counts one stop and adds only the time to reach the safepoint",
            GC_PLUS_SAFEPOINTS,
            a -> a.pauses().totalMs(),
            GcAnalysis::throughputPercent));
    KNOWN.put(
        "sample-ujl-g1-gc-all,safepoint,os+cpu-to-space-exhausted.txt",
        new Mapping(
            "as above: one GC pause plus its safepoint line are two pauses to GCViewer",
            GC_PLUS_SAFEPOINTS,
            a -> a.pauses().totalMs(),
            GcAnalysis::throughputPercent));
    KNOWN.put(
        "sample-ujl-parallel-gc-all,safepoint,os+cpu.txt",
        new Mapping(
            "two safepoints hold a young and a full GC each (GC(1)+GC(2), GC(4)+GC(5)); GCViewer"
                + " subtracts only the full GC from the safepoint and so counts the young pauses"
                + " (8.126 ms and 7.118 ms) twice; footprint subtracts both",
            GC_PLUS_SAFEPOINTS,
            a -> a.pauses().totalMs() + 8.126 + 7.118,
            a -> 100 * (a.spanSeconds() - (a.pauses().totalMs() + 8.126 + 7.118) / 1000)
                / a.spanSeconds()));
    KNOWN.put(
        "sample-ujl-jdk17-full-concurrent-cycle-g1-gc-all-safepont,os-cpu.txt",
        new Mapping(
            "footprint reads more: GCViewer ignores the JDK 17+ safepoint wording (Safepoint"
                + " \"…\", Total: N ns), footprint adds their time to reach the safepoint (7.77 ms,"
                + " 0.646 ms of it on the last stop, which ends the span)",
            a -> a.pauses().gcCount(),
            a -> a.pauses().gcTotalMs(),
            a -> {
              double span = a.spanSeconds() - 0.0006457;
              return 100 * (span - a.pauses().gcTotalMs() / 1000) / span;
            }));
    KNOWN.put(
        "sample-ujl-zgc-gc-all.txt",
        new Mapping(
            "footprint reads more: GCViewer folds ZGC's three pauses into one event per cycle,"
                + " timed at the cycle's last line, so its span starts at the first concurrent"
                + " phase (1.211 s); footprint counts each stop and starts at the first (1.206 s)",
            a -> a.cycles(),
            a -> a.pauses().totalMs(),
            a -> {
              double span = 1.221 - 1.211 + a.pauses().totalMs() / 1000;
              return 100 * (span - a.pauses().totalMs() / 1000) / span;
            }));
    KNOWN.put(
        "sample-ujl-zgc-gc-default.txt",
        new Mapping(
            "-Xlog:gc shows no ZGC pauses; GCViewer makes each cycle a pause of 0 s, footprint"
                + " counts the cycles and no pauses",
            a -> a.cycles(),
            a -> a.pauses().totalMs(),
            GcAnalysis::throughputPercent));
    KNOWN.put(
        "11G1Parser.log",
        new Mapping(
            "GCViewer drops 'Pause Young (Concurrent Start) (Metadata GC Threshold)' (10.709 ms,"
                + " a type it does not know) and counts its safepoint (10.1229 ms) as a pause"
                + " instead",
            a -> a.pauses().gcCount() - 1 + a.pauses().safepointCount(),
            a -> a.pauses().gcTotalMs() - 10.709 + 10.1229,
            a -> 100 * (a.spanSeconds() - (a.pauses().gcTotalMs() - 10.709 + 10.1229) / 1000)
                / a.spanSeconds()));
  }

  @TestFactory
  Stream<DynamicTest> matchesGcViewerSummaries() throws IOException {
    Path root = SharedData.gcLogs();
    Path summaries = root.resolve("gcviewer/gcviewer-summary-output");
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("gcviewer/openjdk/unified-jvm-logging"))) {
      s.forEach(logs::add);
    }
    logs.add(root.resolve("gcviewer/go/go1.9.txt"));
    try (Stream<Path> s = Files.list(root.resolve("jifa"))) {
      s.filter(p -> p.toString().endsWith(".log")).forEach(logs::add);
    }
    return logs.stream()
        .sorted()
        .map(log -> DynamicTest.dynamicTest(log.getFileName().toString(), () -> check(log, summaries)));
  }

  private static void check(Path log, Path summaries) throws Exception {
    String name = log.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    Path csv = summaries.resolve((log.getParent().endsWith("jifa") ? "jifa-" : "") + stem + ".summary.csv");
    assertThat(csv).as("GCViewer summary paired with " + name).exists();
    Map<String, Double> gcv = summary(csv);
    GcAnalysis a = GcLogs.analyze(log, GcOptions.DEFAULTS);
    Mapping m = KNOWN.getOrDefault(name, SAME);
    String why = name + " (" + m.why() + ")";
    assertThat(a.skippedLines()).as("unreadable GC lines in " + name).isZero();
    assertThat(m.count().applyAsDouble(a)).as("pause count, " + why).isEqualTo(gcv.get("pauseCount"));
    assertThat(m.totalMs().applyAsDouble(a))
        .as("total pause ms, " + why)
        .isCloseTo(gcv.get("pauseSum") * 1000, withinPercentage(0.1));
    Double throughput = gcv.get("throughput");
    if (throughput.isNaN()) {
      // footprint reads more: GCViewer gives no throughput for Go; footprint's is checked by hand
      assertThat(a.format()).isEqualTo(LogFormat.GO_GCTRACE);
      double expected = 100 * (a.spanSeconds() - a.pauses().totalMs() / 1000) / a.spanSeconds();
      assertThat(a.throughputPercent()).isCloseTo(expected, within(1e-9)).isBetween(99.9, 100.0);
    } else if (throughput == 0) {
      assertThat(m.throughput().applyAsDouble(a)).as("throughput, " + why).isCloseTo(0, within(0.1));
    } else {
      assertThat(m.throughput().applyAsDouble(a))
          .as("throughput, " + why)
          .isCloseTo(throughput, withinPercentage(0.1));
    }
  }

  /** GCViewer's "name; value; unit" lines; thousands separators dropped, "n.a." as NaN. */
  static Map<String, Double> summary(Path csv) throws IOException {
    Map<String, Double> out = new HashMap<>();
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(";\\s*");
      if (f.length < 2) {
        continue;
      }
      try {
        out.put(f[0], Double.parseDouble(f[1].replace(",", "")));
      } catch (NumberFormatException e) {
        out.put(f[0], Double.NaN);
      }
    }
    return out;
  }
}
