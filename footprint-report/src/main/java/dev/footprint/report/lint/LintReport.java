package dev.footprint.report.lint;

import dev.footprint.dockerfile.lint.Finding;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Severity;
import java.util.List;

/** The lint results of one run, in path order, with the counts renderers need. */
public record LintReport(List<LintResult> results) {
  public LintReport {
    results = List.copyOf(results);
  }

  public long count(Severity severity) {
    return results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == severity).count();
  }

  public long total() {
    return results.stream().mapToLong(r -> r.findings().size()).sum();
  }

  public List<Finding> findings(LintResult r) {
    return r.findings();
  }
}
