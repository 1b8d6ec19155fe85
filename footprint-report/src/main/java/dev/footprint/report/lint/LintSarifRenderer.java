package dev.footprint.report.lint;

import dev.footprint.dockerfile.lint.Finding;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Linter;
import dev.footprint.dockerfile.lint.Rule;
import dev.footprint.report.sarif.SarifResult;
import dev.footprint.report.sarif.SarifRule;
import dev.footprint.report.sarif.SarifWriter;
import java.util.ArrayList;
import java.util.List;

/** Lint findings as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
public final class LintSarifRenderer {
  private LintSarifRenderer() {}

  public static String render(LintReport report, String version) {
    List<SarifRule> rules = new ArrayList<>();
    for (Rule r : Linter.rules()) {
      // No helpUri: the project has no published docs site yet; the help text names the doc section.
      String help = r.fix().replace("%s", "…") + " (see " + r.docAnchor() + ")";
      rules.add(new SarifRule(r.id(), r.title(), r.title(), help, null, SarifWriter.level(r.severity().label())));
    }
    List<SarifResult> results = new ArrayList<>();
    for (LintResult r : report.results()) {
      for (Finding f : r.findings()) {
        results.add(new SarifResult(f.rule(), SarifWriter.level(f.severity().label()),
            f.message() + ". Fix: " + f.fix(), r.file().replace('\\', '/'), f.line(), f.endLine()));
      }
    }
    return SarifWriter.render(SarifWriter.log("footprint", version, null, rules, results));
  }
}
