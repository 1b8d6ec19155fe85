package dev.footprint.cli;

import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.Severity;
import dev.footprint.common.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Findings flags of {@code footprint inspect}: the {@code --fail-on} gate and the opt-out. */
final class FindingsOptions {
  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding of SEVERITY (info, warning or error) or above is found.")
  String failOn;

  @Option(names = "--no-findings", description = "Measure only: no findings and no minimal-image estimate.")
  boolean noFindings;

  Optional<Severity> threshold() throws InvalidInputException {
    if (failOn == null) {
      return Optional.empty();
    }
    if (noFindings) {
      throw new InvalidInputException("--fail-on needs findings: drop --no-findings");
    }
    return Optional.of(Severity.parse(failOn));
  }

  /**
   * Prints each finding at or above the threshold and returns whether the gate failed.
   * Info-level base-image facts are not problems and never fail the gate.
   */
  static boolean failed(Analysis analysis, Optional<Severity> threshold, PrintWriter err) {
    if (threshold.isEmpty()) {
      return false;
    }
    List<Finding> hits = analysis.problems().stream().filter(f -> f.severity().atLeast(threshold.get())).toList();
    for (Finding f : hits) {
      err.println("footprint: " + f.severity().id() + " finding " + f.id() + ": " + f.title());
    }
    err.flush();
    return !hits.isEmpty();
  }
}
