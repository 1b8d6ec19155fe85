package dev.footprint.report.findings;

import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.Severity;
import dev.footprint.report.HumanSize;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import java.util.List;

/**
 * Findings as text for people: a one-screen summary (counts, total saving, the top findings, the
 * minimal-image estimate) and the full list ranked by saving. Stateless.
 */
public final class FindingsText {
  private static final int TOP = 8;
  private static final int TITLE_WIDTH = 90;

  private FindingsText() {}

  /** The summary that fits one screen; print it first. */
  public static String summary(Analysis a, long imageBytes, Style style) {
    StringBuilder out = new StringBuilder();
    List<Finding> problems = a.problems();
    out.append(style.bold("Findings")).append("  ");
    if (problems.isEmpty()) {
      out.append(style.green("none")).append(" — nothing to fix found\n");
    } else {
      long errors = count(a, Severity.ERROR);
      long warnings = count(a, Severity.WARNING);
      long infos = count(a, Severity.INFO);
      out.append(a.findings().size()).append(" (").append(errors).append(" error").append(errors == 1 ? "" : "s")
          .append(", ").append(warnings).append(" warning").append(warnings == 1 ? "" : "s").append(", ")
          .append(infos).append(" info)  could save ").append(style.bold(HumanSize.format(a.totalSavingBytes())))
          .append(" of ").append(HumanSize.format(imageBytes)).append('\n');
      TextTable t = TextTable.of(">SAVING", "SEVERITY", "ID", "WHAT");
      a.findings().stream().limit(TOP).forEach(f -> t.row(saving(f), severity(f.severity(), style), f.id(),
          clip(f.title())));
      out.append(t.render());
      if (a.findings().size() > TOP) {
        out.append("  … ").append(a.findings().size() - TOP).append(" more below\n");
      }
    }
    if (problems.isEmpty() && !a.findings().isEmpty()) {
      a.findings().forEach(f -> out.append("  ").append(style.dim(f.title())).append('\n'));
    }
    a.minimalImage().ifPresent(m -> minimal(out, m, imageBytes, style));
    for (String foreign : a.foreignLayers()) {
      out.append("  foreign layer (listed, not fetched): ").append(foreign).append('\n');
    }
    return out.append('\n').toString();
  }

  /** Every finding, ranked by saving, with its paths and recommendation. */
  public static String details(Analysis a, Style style) {
    if (a.findings().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Findings, ranked by saving")).append('\n');
    for (Finding f : a.findings()) {
      out.append(severity(f.severity(), style)).append("  ").append(style.bold(f.id()))
          .append(f.layer().isPresent() ? "  layer " + f.layer().getAsInt() : "")
          .append(f.estimatedSavingBytes() > 0 ? "  saves " + HumanSize.format(f.estimatedSavingBytes()) : "")
          .append('\n');
      out.append("    ").append(f.title()).append('\n');
      if (!f.paths().isEmpty()) {
        out.append("    paths: ").append(String.join(", ", f.paths()));
        if (f.pathCount() > f.paths().size()) {
          out.append(" … (").append(f.pathCount()).append(" in all)");
        }
        out.append('\n');
      }
      out.append("    fix: ").append(f.recommendation()).append('\n');
    }
    return out.append('\n').toString();
  }

  private static void minimal(StringBuilder out, MinimalImage m, long imageBytes, Style style) {
    out.append(style.bold("Minimal image")).append("  ");
    if (m.entrypoint().isEmpty()) {
      out.append("not estimated: ").append(String.join("; ", m.notes())).append('\n');
      return;
    }
    long libs = m.files().stream().filter(f -> f.reason().startsWith("library ")).count();
    out.append(HumanSize.format(m.estimatedBytes())).append(" (").append(m.entrypoint()).append(", ")
        .append(m.files().size()).append(m.files().size() == 1 ? " file, " : " files, ").append(libs).append(" librar").append(libs == 1 ? "y" : "ies")
        .append(") vs ").append(HumanSize.format(imageBytes)).append(" now")
        .append(m.complete() ? "" : style.yellow("  incomplete: " + String.join("; ", m.notes()))).append('\n');
  }

  private static long count(Analysis a, Severity s) {
    return a.findings().stream().filter(f -> f.severity() == s).count();
  }

  private static String saving(Finding f) {
    return f.estimatedSavingBytes() > 0 ? HumanSize.format(f.estimatedSavingBytes()) : "-";
  }

  static String severity(Severity s, Style style) {
    return switch (s) {
      case ERROR -> style.red("error");
      case WARNING -> style.yellow("warning");
      case INFO -> style.dim("info");
    };
  }

  private static String clip(String s) {
    return s.length() <= TITLE_WIDTH ? s : s.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
