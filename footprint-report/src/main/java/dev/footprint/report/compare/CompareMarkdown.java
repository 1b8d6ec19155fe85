package dev.footprint.report.compare;

import dev.footprint.report.run.RunText;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.MetricChange;

/** A pull-request comment: one table, significant changes in bold. */
public final class CompareMarkdown {
  private CompareMarkdown() {}

  public static String render(Comparison c) {
    StringBuilder md = new StringBuilder();
    md.append("### footprint compare\n\n");
    md.append("**A:** `").append(c.a()).append("`  \n**B:** `").append(c.b()).append("`\n\n");
    md.append(c.runs()).append(" runs each, interleaved; median (min–max). ")
        .append(RunText.environmentLine(c.environment())).append("\n\n");
    md.append("| metric | A | B | change | significant |\n|---|---:|---:|---:|---|\n");
    for (MetricChange m : c.metrics()) {
      String change = MetricFormat.change(m.changePercent());
      String verdict = m.significant() ? (m.improved() ? "✅ better" : "❌ worse") : "no";
      md.append("| ").append(m.name())
          .append(" | ").append(cell(MetricFormat.spread(m.unit(), m.a().median(), m.a().min(), m.a().max())))
          .append(" | ").append(cell(MetricFormat.spread(m.unit(), m.b().median(), m.b().min(), m.b().max())))
          .append(" | ").append(m.significant() ? "**" + change + "**" : change)
          .append(" | ").append(verdict).append(" |\n");
    }
    md.append("\nA change is significant only when the medians differ by more than the run-to-run range.\n");
    return md.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
