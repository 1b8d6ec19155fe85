package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --fail-on and --format sarif usage errors exit 2 with one line naming the input. */
class FindingsOptionsTest {
  @Test
  void failOn_rejectsUnknownSeverity() {
    CliRun run = CliRun.of("inspect", "--fail-on", "fatal", "oci:/nonexistent");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("invalid severity 'fatal'");
  }

  @Test
  void sarif_needsFindings() {
    CliRun run = CliRun.of("inspect", "--format", "sarif", "--no-findings", "oci:/nonexistent");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--no-findings");
  }

  private static dev.footprint.analyze.Finding finding(String id, dev.footprint.analyze.Category c,
      dev.footprint.analyze.Severity s) {
    return new dev.footprint.analyze.Finding(id, c, s, java.util.OptionalInt.empty(), java.util.List.of(), 0, 0,
        "title " + id, "fix", 0);
  }

  @Test
  void failed_countsProblemsAtOrAboveThresholdOnly() {
    var base = new dev.footprint.analyze.BaseFacts(java.util.Optional.of("Debian"), "glibc", java.util.Map.of());
    var factsOnly = new dev.footprint.analyze.Analysis(java.util.List.of(finding("base-image-1",
        dev.footprint.analyze.Category.BASE_IMAGE, dev.footprint.analyze.Severity.INFO)), java.util.Optional.empty(),
        base, java.util.List.of());
    java.io.StringWriter err = new java.io.StringWriter();
    assertThat(FindingsOptions.failed(factsOnly, java.util.Optional.of(dev.footprint.analyze.Severity.INFO),
        new java.io.PrintWriter(err))).isFalse();
    var docs = new dev.footprint.analyze.Analysis(java.util.List.of(finding("docs-1", dev.footprint.analyze.Category.DOCS,
        dev.footprint.analyze.Severity.INFO)), java.util.Optional.empty(), base, java.util.List.of());
    assertThat(FindingsOptions.failed(docs, java.util.Optional.of(dev.footprint.analyze.Severity.WARNING),
        new java.io.PrintWriter(err))).isFalse();
    assertThat(FindingsOptions.failed(docs, java.util.Optional.of(dev.footprint.analyze.Severity.INFO),
        new java.io.PrintWriter(err))).isTrue();
    assertThat(err.toString()).contains("info finding docs-1: title docs-1");
  }
}
