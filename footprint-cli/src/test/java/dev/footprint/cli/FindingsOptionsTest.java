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
}
