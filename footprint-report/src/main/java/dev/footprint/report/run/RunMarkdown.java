package dev.footprint.report.run;

import dev.footprint.report.HumanSize;
import dev.footprint.report.compare.MetricFormat;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.RunResult;

/** {@code footprint run} as a Markdown table. */
public final class RunMarkdown {
  private RunMarkdown() {}

  public static String render(RunResult r) {
    StringBuilder md = new StringBuilder("### footprint run `").append(r.target()).append("`\n\n");
    md.append(RunText.environmentLine(r.environment())).append("\n\n| metric | value |\n|---|---:|\n");
    row(md, "startup", MetricFormat.value("ms", r.startupMs()));
    row(md, "peak memory (working set)", HumanSize.format(r.peakMemoryBytes()));
    row(md, "CPU time", MetricFormat.value("s", r.cpuSeconds()));
    row(md, "max tasks", Integer.toString(r.maxPids()));
    row(md, "max open files", Integer.toString(r.maxOpenFiles()));
    LoadResult l = r.load();
    if (l != null) {
      row(md, "requests/s", MetricFormat.value("1/s", l.requestsPerSecond()));
      row(md, "errors", Long.toString(l.errors()));
      row(md, "latency p50 / p99", MetricFormat.value("ms", l.p50Ms()) + " / " + MetricFormat.value("ms", l.p99Ms()));
      row(md, "latency max", MetricFormat.value("ms", l.maxMs()));
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }
}
