package dev.footprint.dockerfile.lint;

import java.util.List;

/**
 * Findings for one Dockerfile, sorted by line then rule.
 *
 * @param file the path as the user gave it (or found it in a tree)
 */
public record LintResult(String file, List<Finding> findings) {
  public LintResult {
    findings = List.copyOf(findings);
  }

  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
