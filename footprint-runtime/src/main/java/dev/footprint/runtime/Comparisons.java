package dev.footprint.runtime;

import dev.footprint.common.FootprintException;
import dev.footprint.runtime.internal.compare.StaticMeasure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Entry point of {@code footprint compare}: runs A and B the same way N times, interleaved in an
 * A B B A A B … order so slow drift of the host (thermal, caches, other tenants) hits both sides
 * evenly, then reduces each metric to median and range.
 */
public final class Comparisons {
  private final Runs runs;

  public Comparisons(Runs runs) {
    this.runs = runs;
  }

  public Comparison compare(RunSpec a, String b, int count, RunListener listener)
      throws FootprintException, IOException, InterruptedException {
    if (count < 1) {
      throw new IllegalArgumentException("runs must be at least 1");
    }
    RunSpec specA = a.withRuntime(runs.runtimeFor(a));
    RunSpec specB = specA.withTarget(b);
    boolean images = specA.runtime().isContainer();
    StaticMetrics staticA = images ? StaticMeasure.ofImage(a.target()) : programStatic(a.target());
    StaticMetrics staticB = images ? StaticMeasure.ofImage(b) : programStatic(b);
    List<RunResult> runsA = new ArrayList<>();
    List<RunResult> runsB = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean aFirst = (i % 2 == 0);
      for (int side = 0; side < 2; side++) {
        boolean isA = aFirst == (side == 0);
        listener.progress("run " + (i + 1) + "/" + count + " " + (isA ? "A" : "B"));
        (isA ? runsA : runsB).add(runs.run(isA ? specA : specB, listener));
      }
    }
    Environment env = runsA.get(0).environment();
    return new Comparison(
        a.target(), b, count, metrics(staticA, staticB, runsA, runsB), runsA, runsB, staticA, staticB, env);
  }

  static List<MetricChange> metrics(
      StaticMetrics sa, StaticMetrics sb, List<RunResult> ra, List<RunResult> rb) {
    List<MetricChange> m = new ArrayList<>();
    m.add(fixed("imageSizeBytes", "bytes", sa.sizeBytes(), sb.sizeBytes()));
    m.add(fixed("compressedSizeBytes", "bytes", sa.compressedBytes(), sb.compressedBytes()));
    m.add(fixed("layers", "count", sa.layers(), sb.layers()));
    m.add(fixed("files", "count", sa.files(), sb.files()));
    m.add(measured("startupMs", "ms", ra, rb, r -> r.startupMs(), true));
    m.add(measured("peakMemoryBytes", "bytes", ra, rb, r -> r.peakMemoryBytes(), true));
    m.add(measured("cpuSeconds", "s", ra, rb, RunResult::cpuSeconds, true));
    m.add(measured("maxPids", "count", ra, rb, r -> r.maxPids(), true));
    m.add(measured("maxOpenFiles", "count", ra, rb, r -> r.maxOpenFiles(), true));
    if (ra.stream().allMatch(r -> r.load() != null) && rb.stream().allMatch(r -> r.load() != null)) {
      m.add(measured("requestsPerSecond", "1/s", ra, rb, r -> r.load().requestsPerSecond(), false));
      m.add(measured("latencyMeanMs", "ms", ra, rb, r -> r.load().meanMs(), true));
      m.add(measured("latencyP50Ms", "ms", ra, rb, r -> r.load().p50Ms(), true));
      m.add(measured("latencyP90Ms", "ms", ra, rb, r -> r.load().p90Ms(), true));
      m.add(measured("latencyP99Ms", "ms", ra, rb, r -> r.load().p99Ms(), true));
      m.add(measured("latencyMaxMs", "ms", ra, rb, r -> r.load().maxMs(), true));
      m.add(measured("errors", "count", ra, rb, r -> r.load().errors(), true));
    }
    return m;
  }

  private static MetricChange fixed(String name, String unit, double a, double b) {
    return MetricChange.of(name, unit, Spread.exactly(a), Spread.exactly(b), true);
  }

  private static MetricChange measured(
      String name, String unit, List<RunResult> ra, List<RunResult> rb, ToDoubleFunction<RunResult> f, boolean lower) {
    return MetricChange.of(name, unit, spread(ra, f), spread(rb, f), lower);
  }

  private static Spread spread(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
    return Spread.of(runs.stream().map(r -> f.applyAsDouble(r)).toList());
  }

  private static StaticMetrics programStatic(String target) throws IOException, FootprintException {
    return StaticMeasure.ofProgram(Path.of(dev.footprint.runtime.internal.container.ProcessRuntime.resolve(target)));
  }
}
