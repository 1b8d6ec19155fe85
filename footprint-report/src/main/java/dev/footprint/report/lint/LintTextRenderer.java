package dev.footprint.report.lint;

import dev.footprint.dockerfile.lint.Finding;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Severity;
import dev.footprint.report.Style;

/** One line per finding ({@code file:line  severity  id  message}), its fix beneath, then a summary. */
public final class LintTextRenderer {
  private LintTextRenderer() {}

  public static String render(LintReport report, Style style) {
    StringBuilder out = new StringBuilder();
    for (LintResult r : report.results()) {
      for (Finding f : r.findings()) {
        out.append(style.bold(r.file() + ":" + f.line())).append("  ")
            .append(severity(f.severity(), style)).append("  ")
            .append(f.rule()).append("  ").append(f.message()).append('\n')
            .append("    ").append(style.dim("fix: " + f.fix())).append('\n');
      }
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  static String summary(LintReport report) {
    int files = report.results().size();
    String where = files + (files == 1 ? " file" : " files");
    if (report.total() == 0) {
      return "no findings in " + where;
    }
    return report.total() + (report.total() == 1 ? " finding" : " findings") + " in " + where + ": "
        + report.count(Severity.ERROR) + " error, " + report.count(Severity.WARNING) + " warning, "
        + report.count(Severity.INFO) + " info";
  }

  private static String severity(Severity s, Style style) {
    String label = String.format("%-7s", s.label());
    return switch (s) {
      case ERROR -> style.red(label);
      case WARNING -> style.yellow(label);
      case INFO -> style.dim(label);
    };
  }
}
