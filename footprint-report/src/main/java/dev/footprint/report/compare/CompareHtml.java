package dev.footprint.report.compare;

import dev.footprint.report.run.RunText;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.MetricChange;
import java.util.List;

/** A self-contained HTML page for {@code footprint compare}: table plus inline SVG charts. */
public final class CompareHtml {
  private CompareHtml() {}

  public static String render(Comparison c) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>footprint compare</h1>\n<p><b>A:</b> <code>").append(HtmlPage.esc(c.a()))
        .append("</code><br><b>B:</b> <code>").append(HtmlPage.esc(c.b())).append("</code></p>\n");
    b.append("<p class=\"note\">").append(c.runs()).append(" runs each, interleaved; median (min–max). ")
        .append(HtmlPage.esc(RunText.environmentLine(c.environment()))).append("</p>\n");
    b.append("<table><tr><th>metric</th><th>A</th><th>B</th><th>change</th><th>significant</th></tr>\n");
    for (MetricChange m : c.metrics()) {
      String cls = m.significant() ? (m.improved() ? "better" : "worse") : "";
      b.append("<tr><td>").append(m.name()).append("</td><td class=\"n\">")
          .append(HtmlPage.esc(MetricFormat.spread(m.unit(), m.a().median(), m.a().min(), m.a().max())))
          .append("</td><td class=\"n\">")
          .append(HtmlPage.esc(MetricFormat.spread(m.unit(), m.b().median(), m.b().min(), m.b().max())))
          .append("</td><td class=\"n ").append(cls).append("\">").append(MetricFormat.change(m.changePercent()))
          .append("</td><td>").append(m.significant() ? (m.improved() ? "yes, better" : "yes, worse") : "no")
          .append("</td></tr>\n");
    }
    b.append("</table>\n<p class=\"note\">A change is significant only when the medians differ by more"
        + " than the larger run-to-run range (max − min).</p>\n");
    List<RunCharts.Side> sides = List.of(
        new RunCharts.Side("A", RunCharts.COLOR_A, c.runsA()), new RunCharts.Side("B", RunCharts.COLOR_B, c.runsB()));
    b.append("<div class=\"charts\">\n");
    b.append(RunCharts.memory(sides)).append(RunCharts.cpu(sides)).append(RunCharts.latency(sides));
    b.append(RunCharts.layers(List.of("A", "B"), List.of(RunCharts.COLOR_A, RunCharts.COLOR_B),
        List.of(c.staticA().layerSizes(), c.staticB().layerSizes())));
    b.append("</div>\n");
    return HtmlPage.wrap("footprint compare", b.toString());
  }
}
