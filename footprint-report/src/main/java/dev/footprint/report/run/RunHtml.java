package dev.footprint.report.run;

import dev.footprint.report.compare.HtmlPage;
import dev.footprint.report.compare.RunCharts;
import dev.footprint.runtime.RunResult;
import java.util.List;

/** A self-contained HTML page for {@code footprint run}. */
public final class RunHtml {
  private RunHtml() {}

  public static String render(RunResult r) {
    String md = RunText.render(r, dev.footprint.report.Style.PLAIN);
    List<RunCharts.Side> side = List.of(new RunCharts.Side("run", RunCharts.COLOR_A, List.of(r)));
    String body = "<h1>footprint run</h1>\n<pre>" + HtmlPage.esc(md) + "</pre>\n<div class=\"charts\">\n"
        + RunCharts.memory(side) + RunCharts.cpu(side) + RunCharts.latency(side) + "</div>\n";
    return HtmlPage.wrap("footprint run", body);
  }
}
