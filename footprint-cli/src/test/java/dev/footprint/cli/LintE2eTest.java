package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.lint.FixResult;
import dev.footprint.dockerfile.lint.LintConfig;
import dev.footprint.dockerfile.lint.Linter;
import dev.footprint.dockerfile.lint.StageShape;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Dockerfiles of the end-to-end test, without building: what lint and --fix say about them. */
class LintE2eTest {
  static final Path DIR = Path.of(System.getProperty("footprint.root", "..")).resolve("testdata/lint-e2e");

  @Test
  void naive_getsTheSizeAndStartupAdvice() {
    LintCommandTest.Run r = LintCommandTest.run("lint", "--format", "json", DIR.resolve("Dockerfile").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("\"FP101\"", "\"FP103\"", "\"FP104\"", "\"FP302\"", "\"FP402\"", "\"FP404\"")
        .doesNotContain("\"FP304\"", "\"FP305\"");
  }

  @Test
  void fix_ofNaive_isTheCommittedFixedFile_withSameStages() throws Exception {
    String naive = Files.readString(DIR.resolve("Dockerfile"));
    FixResult r = new Linter(LintConfig.DEFAULT).fix("Dockerfile", naive, DIR);
    assertThat(r.fixed()).isEqualTo(Files.readString(DIR.resolve("Dockerfile.fixed")));
    assertThat(StageShape.of(Dockerfiles.model("f", Dockerfiles.parse("f", r.fixed()))))
        .isEqualTo(StageShape.of(Dockerfiles.model("n", Dockerfiles.parse("n", naive))));
    LintCommandTest.Run after = LintCommandTest.run("lint", "--format", "json", DIR.resolve("Dockerfile.fixed").toString());
    assertThat(after.out()).doesNotContain("\"FP103\"", "\"FP104\"", "\"FP402\"").contains("\"FP101\"");
  }

  @Test
  void advised_hasNoFindings() {
    LintCommandTest.Run r = LintCommandTest.run("lint", "--fail-on", "info", DIR.resolve("Dockerfile.advised").toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("no findings");
  }
}
