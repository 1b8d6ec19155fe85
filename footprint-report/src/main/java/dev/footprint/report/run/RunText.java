package dev.footprint.report.run;

import dev.footprint.report.HumanSize;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import dev.footprint.report.compare.MetricFormat;
import dev.footprint.runtime.Environment;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.RunResult;
import java.util.Locale;

/** The terminal summary of {@code footprint run}. */
public final class RunText {
  private RunText() {}

  public static String render(RunResult r, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold(r.target())).append('\n');
    out.append(environmentLine(r.environment())).append(limitsText(r)).append("\n\n");
    TextTable t = TextTable.of("metric", ">value");
    t.row("startup (start → ready)", MetricFormat.value("ms", r.startupMs()));
    t.row("peak memory (working set)", HumanSize.format(r.peakMemoryBytes()));
    t.row("CPU time", MetricFormat.value("s", r.cpuSeconds()));
    t.row("max tasks (threads)", r.maxPids());
    t.row("max open files", r.maxOpenFiles());
    t.row("storage read / written", HumanSize.format(r.readBytes()) + " / " + HumanSize.format(r.writeBytes()));
    t.row("samples", r.samples().size());
    if (r.exitCode() != null) {
      t.row("exit code", r.exitCode());
    }
    LoadResult l = r.load();
    if (l != null) {
      t.row("requests/s", MetricFormat.value("1/s", l.requestsPerSecond()));
      t.row("requests (errors)", l.requests() + " (" + l.errors() + ")");
      t.row("latency mean / p50", MetricFormat.value("ms", l.meanMs()) + " / " + MetricFormat.value("ms", l.p50Ms()));
      t.row("latency p90 / p99", MetricFormat.value("ms", l.p90Ms()) + " / " + MetricFormat.value("ms", l.p99Ms()));
      t.row("latency max", MetricFormat.value("ms", l.maxMs()));
    }
    out.append(t.render());
    if (l != null && l.firstError() != null) {
      out.append(style.yellow("first load error: " + l.firstError())).append('\n');
    }
    return out.toString();
  }

  /** "host: Linux 6.1, 2 CPUs, 23.5 GB; runtime runc 1.1.5". */
  public static String environmentLine(Environment e) {
    return String.format(
        Locale.ROOT,
        "host: %s %s, %d CPUs, %s; runtime %s",
        e.os(), e.kernel(), e.cpus(), HumanSize.format(e.memoryBytes()), e.runtimeVersion());
  }

  private static String limitsText(RunResult r) {
    if (!r.limits().any()) {
      return "; no limits";
    }
    StringBuilder s = new StringBuilder("; limits:");
    if (r.limits().cpus() > 0) {
      s.append(String.format(Locale.ROOT, " %.2f CPUs", r.limits().cpus()));
    }
    if (r.limits().memoryBytes() > 0) {
      s.append(" ").append(HumanSize.format(r.limits().memoryBytes()));
    }
    return s.toString();
  }
}
