package dev.footprint.report.gc;

import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcLogs;
import dev.footprint.gc.HeapStats;
import dev.footprint.gc.LogFormat;
import dev.footprint.gc.PauseKind;
import dev.footprint.gc.PauseStats;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import java.util.List;
import java.util.Locale;

/** The terminal report of {@code footprint gc}: figures first, then each piece of advice with its evidence. */
public final class GcText {
  private GcText() {}

  public static String render(List<GcAnalysis> analyses, Style style) {
    StringBuilder out = new StringBuilder();
    for (GcAnalysis a : analyses) {
      if (out.length() > 0) {
        out.append('\n');
      }
      one(out, a, style);
    }
    return out.toString();
  }

  private static void one(StringBuilder out, GcAnalysis a, Style style) {
    out.append(style.bold(a.source().getFileName().toString()))
        .append(": ").append(a.format().label()).append(", ").append(a.collector())
        .append(String.format(Locale.ROOT, ", %d cycles over %s%n", a.cycles(), seconds(a.spanSeconds())));
    PauseStats p = a.pauses();
    TextTable t = TextTable.of("pauses", ">count", ">total", ">mean", ">p50", ">p99", ">max");
    t.row("all stops", p.count(), ms(p.totalMs()), ms(p.meanMs()), ms(p.p50Ms()), ms(p.p99Ms()), ms(p.maxMs()));
    for (PauseKind k : a.pauseKinds()) {
      t.row("  " + k.name(), k.count(), ms(k.totalMs()), ms(k.totalMs() / k.count()), "", "", ms(k.maxMs()));
    }
    if (p.vmOperationCount() > 0) {
      t.row("  VM operations", p.vmOperationCount(), "", "", "", "", "");
    }
    out.append(t.render());
    String thr = Double.isNaN(a.throughputPercent())
        ? "n/a (no timestamps in the log)"
        : String.format(Locale.ROOT, "%.2f%%", a.throughputPercent());
    out.append("throughput    ")
        .append(a.throughputPercent() < 95 ? style.yellow(thr) : style.green(thr))
        .append(" of the time not paused");
    if (p.safepointOverheadMs() > 0) {
      out.append(" (incl. ").append(ms(p.safepointOverheadMs())).append(" reaching safepoints)");
    }
    out.append('\n');
    HeapStats h = a.heap();
    boolean go = a.format() == LogFormat.GO_GCTRACE;
    out.append("heap          peak ").append(size(h.peakBytes()))
        .append(go ? ", largest at cycle end " : ", committed peak ").append(size(h.committedPeakBytes()));
    if (h.maxHeapBytes() > 0) {
      out.append(", max ").append(size(h.maxHeapBytes()));
    }
    out.append('\n');
    if (h.meanAfterGcBytes() >= 0) {
      out.append("around GC     before ").append(size(h.meanBeforeGcBytes()))
          .append(" mean; after ").append(size(h.meanAfterGcBytes())).append(" mean, ")
          .append(size(h.minAfterGcBytes())).append(" min, ").append(size(h.maxAfterGcBytes()))
          .append(" max; live set about ").append(size(h.liveBytes())).append('\n');
    }
    if (a.allocationRateBytesPerSec() >= 0 || a.promotionRateBytesPerSec() >= 0) {
      out.append("rates         allocation ").append(rate(a.allocationRateBytesPerSec()));
      if (!go) {
        out.append(", promotion ").append(rate(a.promotionRateBytesPerSec()));
      }
      out.append('\n');
    }
    if (go) {
      out.append("events        ").append(a.forcedCycles()).append(" forced (runtime.GC)\n");
    } else {
      out.append("events        ").append(count(a.fullGcCount(), "Full GC", style))
          .append(", ").append(a.concurrentCycles()).append(" concurrent cycles, ")
          .append(count(a.evacuationFailures(), "evacuation failure", style)).append('\n');
    }
    out.append("lines         ").append(a.lines()).append(" read, ").append(a.gcLines())
        .append(" with GC events, ");
    String bad = a.skippedLines() + " unreadable GC line" + (a.skippedLines() == 1 ? "" : "s")
        + " left out, " + a.overlongLines() + " over-long line" + (a.overlongLines() == 1 ? "" : "s")
        + " (over " + GcLogs.MAX_LINE_BYTES / 1024 + " KiB) passed over";
    out.append(a.skippedLines() + a.overlongLines() > 0 ? style.yellow(bad) : bad).append('\n');
    if (a.advice().isEmpty()) {
      out.append(style.green("no tuning advice: nothing in this log calls for it")).append('\n');
      return;
    }
    out.append('\n').append(style.bold("advice")).append('\n');
    int rank = 0;
    for (Advice ad : a.advice()) {
      out.append(String.format(Locale.ROOT, "%2d. ", ++rank)).append(style.bold(ad.setting()))
          .append(style.dim("  (" + ad.kind().label() + ")")).append('\n');
      out.append("    ").append(ad.reason()).append('\n');
      out.append("    changes: ").append(ad.changes()).append('\n');
      for (String e : ad.evidence()) {
        out.append("    ").append(style.dim("evidence: " + e)).append('\n');
      }
    }
  }

  private static String count(long n, String what, Style style) {
    String s = n + " " + what + (n == 1 ? "" : "s");
    return n > 0 ? style.yellow(s) : s;
  }

  static String ms(double ms) {
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
    return String.format(Locale.ROOT, ms >= 10 ? "%.1f ms" : "%.3f ms", ms);
  }

  static String seconds(double s) {
    return s >= 120 ? String.format(Locale.ROOT, "%.1f min", s / 60) : String.format(Locale.ROOT, "%.3f s", s);
  }

  private static final String[] SI = {"B", "kB", "MB", "GB", "TB", "PB"};

  /**
   * Sizes in the gc report (text, HTML, chart axes) as docker prints them: SI units, powers of 1000,
   * one decimal ("4.6 MB" for 4,599,808 bytes). report.HumanSize still divides by 1024; this is
   * the gc report's one size format until that is folded into the project's one.
   */
  static String size(long bytes) {
    if (bytes < 0) {
      return "n/a";
    }
    if (bytes < 1000) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 999.95 && unit < SI.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, SI[unit]);
  }

  static String rate(double bytesPerSec) {
    return bytesPerSec < 0 ? "n/a" : size(Math.round(bytesPerSec)) + "/s";
  }
}
