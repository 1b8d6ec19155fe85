package dev.footprint.report.compare;

import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import dev.footprint.report.run.RunText;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.MetricChange;

/** The terminal table of {@code footprint compare}. */
public final class CompareText {
  private CompareText() {}

  public static String render(Comparison c, Style style) {
    StringBuilder out = new StringBuilder();
    out.append(style.bold("A: ")).append(c.a()).append('\n');
    out.append(style.bold("B: ")).append(c.b()).append('\n');
    out.append(c.runs()).append(c.runs() == 1 ? " run" : " runs")
        .append(" each, interleaved; median (min–max); ").append(RunText.environmentLine(c.environment()))
        .append("\n\n");
    TextTable t = TextTable.of("metric", ">A", ">B", ">change", "significant");
    for (MetricChange m : c.metrics()) {
      String change = MetricFormat.change(m.changePercent());
      if (m.significant()) {
        change = m.improved() ? style.green(change) : style.red(change);
      }
      t.row(
          m.name(),
          MetricFormat.spread(m.unit(), m.a().median(), m.a().min(), m.a().max()),
          MetricFormat.spread(m.unit(), m.b().median(), m.b().min(), m.b().max()),
          change,
          m.significant() ? (m.improved() ? "yes, better" : "yes, worse") : "no");
    }
    out.append(t.render());
    out.append("\nsignificant = the medians differ by more than the larger run-to-run range\n");
    return out.toString();
  }
}
