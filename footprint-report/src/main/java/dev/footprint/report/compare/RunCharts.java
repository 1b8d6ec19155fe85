package dev.footprint.report.compare;

import dev.footprint.report.HumanSize;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.RunSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The charts reports draw from runs: memory and CPU over time, latency percentiles, layer sizes. */
public final class RunCharts {
  /** Runs of one side with its label and colour. */
  public record Side(String label, String color, List<RunResult> runs) {}

  public static final String COLOR_A = "#1f77b4";
  public static final String COLOR_B = "#ff7f0e";

  private RunCharts() {}

  public static String memory(List<Side> sides) {
    List<SvgChart.Line> lines = new ArrayList<>();
    for (Side side : sides) {
      for (int i = 0; i < side.runs().size(); i++) {
        List<double[]> pts = new ArrayList<>();
        for (RunSample s : side.runs().get(i).samples()) {
          pts.add(new double[] {s.elapsedMs() / 1000.0, s.memoryBytes()});
        }
        lines.add(new SvgChart.Line(side.label(), side.color(), pts, i > 0));
      }
    }
    return SvgChart.lines("Memory (working set) over time", "s", lines, v -> HumanSize.format(Math.round(v)));
  }

  /** CPU use between samples in percent of one core (200% = two cores busy). */
  public static String cpu(List<Side> sides) {
    List<SvgChart.Line> lines = new ArrayList<>();
    for (Side side : sides) {
      for (int i = 0; i < side.runs().size(); i++) {
        lines.add(new SvgChart.Line(side.label(), side.color(), cpuPoints(side.runs().get(i).samples()), i > 0));
      }
    }
    return SvgChart.lines("CPU (% of one core) over time", "s", lines, v -> String.format(Locale.ROOT, "%.0f%%", v));
  }

  /**
   * Rates over windows of at least 90 ms: cgroup CPU counters are updated in bursts, so two
   * samples taken a few milliseconds apart (a late timer tick catching up) would show spikes.
   */
  static List<double[]> cpuPoints(List<RunSample> samples) {
    List<double[]> pts = new ArrayList<>();
    if (samples.isEmpty()) {
      return pts;
    }
    RunSample anchor = samples.get(0);
    for (RunSample s : samples) {
      double dt = (s.elapsedMs() - anchor.elapsedMs()) / 1000.0;
      if (dt >= 0.09) {
        pts.add(new double[] {s.elapsedMs() / 1000.0, Math.max(0, (s.cpuSeconds() - anchor.cpuSeconds()) / dt * 100)});
        anchor = s;
      }
    }
    return pts;
  }

  /** Medians over runs of mean, p50, p90, p99 and max latency; empty without load. */
  public static String latency(List<Side> sides) {
    List<SvgChart.Bars> groups = new ArrayList<>();
    for (Side side : sides) {
      if (side.runs().stream().anyMatch(r -> r.load() == null)) {
        return "";
      }
      groups.add(new SvgChart.Bars(side.label(), side.color(), List.of(
          median(side.runs(), l -> l.meanMs()), median(side.runs(), l -> l.p50Ms()),
          median(side.runs(), l -> l.p90Ms()), median(side.runs(), l -> l.p99Ms()),
          median(side.runs(), l -> l.maxMs()))));
    }
    return SvgChart.bars("Latency (median over runs)", List.of("mean", "p50", "p90", "p99", "max"), groups,
        v -> String.format(Locale.ROOT, "%.2f ms", v));
  }

  /** Uncompressed bytes per layer, base first. */
  public static String layers(List<String> labels, List<String> colors, List<List<Long>> sizes) {
    int n = sizes.stream().mapToInt(List::size).max().orElse(0);
    if (n == 0) {
      return "";
    }
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      categories.add("layer " + (i + 1));
    }
    List<SvgChart.Bars> groups = new ArrayList<>();
    for (int s = 0; s < labels.size(); s++) {
      groups.add(new SvgChart.Bars(labels.get(s), colors.get(s), sizes.get(s).stream().map(Long::doubleValue).toList()));
    }
    return SvgChart.bars("Layer sizes (uncompressed)", categories, groups, v -> HumanSize.format(Math.round(v)));
  }

  private static double median(List<RunResult> runs, java.util.function.ToDoubleFunction<LoadResult> f) {
    double[] v = runs.stream().mapToDouble(r -> f.applyAsDouble(r.load())).sorted().toArray();
    int n = v.length;
    return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
