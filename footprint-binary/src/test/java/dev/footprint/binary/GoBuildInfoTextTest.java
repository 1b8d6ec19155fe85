package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.binary.internal.go.GoBuildInfoText;
import dev.footprint.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class GoBuildInfoTextTest {
  private static final String TEXT = String.join("\n",
      "path\texample.com/svc/cmd/svc",
      "mod\texample.com/svc\tv1.2.3\th1:main=",
      "dep\tgithub.com/a/b\tv0.1.0\th1:ab=",
      "dep\tgithub.com/c/d\tv1.0.0",
      "=>\t../d\t\t",
      "dep\tgithub.com/e/f\tv1.0.0",
      "=>\tgithub.com/fork/f\tv1.0.1\th1:fork=",
      "build\t-buildmode=exe",
      "build\t-ldflags=\"-s -w -X main.v=1\"",
      "build\t\"odd key\"=\"tab\\there\"",
      "build\tCGO_ENABLED=0",
      "build\tvcs.modified=false",
      "");

  @Test
  void parse_readsModulesReplacementsAndQuotedSettings() throws Exception {
    GoBuildInfo info = GoBuildInfoText.parse("go1.21.0", TEXT, "svc");

    assertThat(info.path()).isEqualTo("example.com/svc/cmd/svc");
    assertThat(info.main().orElseThrow().version()).isEqualTo("v1.2.3");
    assertThat(info.deps()).hasSize(3);
    assertThat(info.deps().get(1).replacement().orElseThrow().path()).isEqualTo("../d");
    assertThat(info.deps().get(2).replacement().orElseThrow().sum()).isEqualTo("h1:fork=");
    assertThat(info.setting("-ldflags")).contains("-s -w -X main.v=1");
    assertThat(info.setting("odd key")).contains("tab\there");
    assertThat(info.setting("CGO_ENABLED")).contains("0");
  }

  @Test
  void render_reproducesTheTextGoPrints() throws Exception {
    GoBuildInfo info = GoBuildInfoText.parse("go1.21.0", TEXT, "svc");
    // Go's BuildInfo.String ends a replaced module with an empty line; go version -m shows it.
    assertThat(info.text()).isEqualTo("go\tgo1.21.0\n" + TEXT
        .replace("=>\t../d\t\t\n", "=>\t../d\t\t\n\n")
        .replace("h1:fork=\n", "h1:fork=\n\n"));
  }

  @Test
  void parse_rejectsMalformedLinesWithTheirNumber() {
    assertThatThrownBy(() -> GoBuildInfoText.parse("go1", "path\tx\n=>\ta\tb\tc\n", "bin"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> GoBuildInfoText.parse("go1", "build\tkey=has space\n", "bin"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> GoBuildInfoText.parse("go1", "dep\tonly\n", "bin"))
        .isInstanceOf(InvalidInputException.class);
  }
}
