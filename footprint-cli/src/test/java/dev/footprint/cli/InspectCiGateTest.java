package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dive's Test_Evaluator cases on test-docker-image, through footprint's flags and config file. */
class InspectCiGateTest {
  @TempDir Path tmp;

  private String image() {
    return CliRun.conformance("dive").resolve("test-docker-image.tar").toString();
  }

  @Test
  void strictThresholds_failEveryRule_exit1() {
    CliRun run = CliRun.of("inspect", "--ci", "--lowest-efficiency", "0.99", "--highest-wasted-bytes", "1B",
        "--highest-user-wasted-percent", "0.01", image());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("lowest-efficiency").contains("highest-wasted-bytes").contains("highest-user-wasted-percent");
    assertThat(run.out()).contains("FAIL [pass:0 fail:3 skip:2]");
  }

  @Test
  void looseThresholds_pass_exit0() {
    CliRun run = CliRun.of("inspect", "--ci", "--lowest-efficiency", "0.9", "--highest-wasted-bytes", "50kB",
        "--highest-user-wasted-percent", "0.5", image());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("PASS [pass:3 fail:0 skip:2]");
  }

  @Test
  void defaults_failOnUserWastedPercent() {
    CliRun run = CliRun.of("inspect", "--ci", "--format", "json", image());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("\"passed\" : false");
    assertThat(run.err()).contains("highest-user-wasted-percent").doesNotContain("lowest-efficiency");
  }

  @Test
  void configFile_isRead_andFlagsWin() throws Exception {
    Path cfg = Files.writeString(tmp.resolve(".footprint.yaml"),
        "ci:\n  lowest-efficiency: 0.9\n  highest-user-wasted-percent: 0.5\n  max-layers: 10\n  max-size: 1MB\n");
    CliRun run = CliRun.of("inspect", "--ci", "--config", cfg.toString(), image());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("max-layers").contains("max-size").doesNotContain("user-wasted");
    CliRun flags = CliRun.of("inspect", "--ci", "--config", cfg.toString(), "--max-layers", "off", "--max-size", "2MB", image());
    assertThat(flags.exit()).as(flags.err()).isZero();
  }

  @Test
  void invalidRuleValues_areUsageErrors_exit2() throws Exception {
    assertThat(CliRun.of("inspect", "--ci", "--lowest-efficiency", "1.1", image()).exit()).isEqualTo(2);
    assertThat(CliRun.of("inspect", "--ci", "--highest-wasted-bytes", "not_a_size", image()).exit()).isEqualTo(2);
    assertThat(CliRun.of("inspect", "--lowest-efficiency", "0.5", image()).exit()).isEqualTo(2);
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "ci:\n  lowest-efficency: 0.9\n");
    CliRun run = CliRun.of("inspect", "--ci", "--config", bad.toString(), image());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown CI rule 'lowest-efficency'");
  }
}
