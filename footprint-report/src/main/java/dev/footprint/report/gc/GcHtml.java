package dev.footprint.report.gc;

import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.HeapStats;
import dev.footprint.gc.PauseKind;
import dev.footprint.gc.PauseStats;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML report: inline CSS and SVG only, no script, font or link to fetch, so it
 * opens the same from a CI artifact, an e-mail or an air-gapped desk.
 */
public final class GcHtml {
  private static final String CSS =
      "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:960px}"
          + "table{border-collapse:collapse;margin:.5em 0}td,th{padding:2px 10px;text-align:right}"
          + "td:first-child,th:first-child{text-align:left}th{border-bottom:1px solid #999}"
          + ".advice{border-left:4px solid #d9822b;padding:.3em 1em;margin:.8em 0;background:#fff8f0}"
          + "code{background:#eee;padding:1px 4px}.ev{color:#555;font-size:90%;font-family:monospace}";

  private GcHtml() {}

  public static String render(List<GcAnalysis> analyses) {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>footprint gc report</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<h1>footprint gc</h1>\n");
    for (GcAnalysis a : analyses) {
      section(s, a);
    }
    return s.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder s, GcAnalysis a) {
    s.append("<h2>").append(esc(a.source().getFileName().toString())).append("</h2>\n<p>")
        .append(esc(a.format().label())).append(", ").append(esc(a.collector())).append(", ")
        .append(a.cycles()).append(" cycles over ").append(GcText.seconds(a.spanSeconds()))
        .append(Double.isNaN(a.throughputPercent()) ? ", throughput n/a (no timestamps).</p>\n"
            : String.format(Locale.ROOT, ", throughput <b>%.2f%%</b>.</p>%n", a.throughputPercent()));
    PauseStats p = a.pauses();
    s.append("<table><tr><th>pauses</th><th>count</th><th>total</th><th>mean</th><th>p50</th><th>p99</th><th>max</th></tr>\n");
    row(s, "all stops", p.count(), p.totalMs(), p.meanMs(), GcText.ms(p.p50Ms()), GcText.ms(p.p99Ms()), p.maxMs());
    for (PauseKind k : a.pauseKinds()) {
      row(s, k.name(), k.count(), k.totalMs(), k.totalMs() / k.count(), "", "", k.maxMs());
    }
    s.append("</table>\n");
    HeapStats h = a.heap();
    s.append("<table><tr><th>heap</th><th></th></tr>\n");
    kv(s, "peak in use", GcText.size(h.peakBytes()));
    kv(s, "committed peak", GcText.size(h.committedPeakBytes()));
    kv(s, "maximum", GcText.size(h.maxHeapBytes()));
    kv(s, "mean before / after GC", GcText.size(h.meanBeforeGcBytes()) + " / " + GcText.size(h.meanAfterGcBytes()));
    kv(s, "allocation rate", GcText.rate(a.allocationRateBytesPerSec()));
    kv(s, "promotion rate", GcText.rate(a.promotionRateBytesPerSec()));
    kv(s, "Full GCs / concurrent cycles / evacuation failures",
        a.fullGcCount() + " / " + a.concurrentCycles() + " / " + a.evacuationFailures());
    s.append("</table>\n");
    if (!a.timeline().isEmpty()) {
      s.append("<h3>Heap</h3>\n").append(SvgChart.heap(a.timeline()));
      s.append("<h3>Pauses</h3>\n").append(SvgChart.pauses(a.timeline()));
    }
    s.append("<h3>Advice</h3>\n");
    if (a.advice().isEmpty()) {
      s.append("<p>Nothing in this log calls for tuning.</p>\n");
    }
    for (Advice ad : a.advice()) {
      s.append("<div class=\"advice\"><p><code>").append(esc(ad.setting())).append("</code> ")
          .append(esc(ad.reason())).append("</p>\n<p>changes: ").append(esc(ad.changes()))
          .append("</p>\n");
      for (String e : ad.evidence()) {
        s.append("<div class=\"ev\">").append(esc(e)).append("</div>\n");
      }
      s.append("</div>\n");
    }
  }

  private static void row(StringBuilder s, String name, long n, double total, double mean, String p50, String p99, double max) {
    s.append("<tr><td>").append(esc(name)).append("</td><td>").append(n).append("</td><td>")
        .append(GcText.ms(total)).append("</td><td>").append(GcText.ms(mean)).append("</td><td>")
        .append(p50).append("</td><td>").append(p99).append("</td><td>").append(GcText.ms(max))
        .append("</td></tr>\n");
  }

  private static void kv(StringBuilder s, String k, String v) {
    s.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td></tr>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
