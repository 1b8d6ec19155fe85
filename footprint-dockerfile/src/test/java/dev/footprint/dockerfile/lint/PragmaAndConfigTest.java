package dev.footprint.dockerfile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PragmaAndConfigTest {
  private static List<String> rules(LintConfig cfg, String text) throws Exception {
    return new Linter(cfg).lint("Dockerfile", text, null).findings().stream().map(Finding::rule).toList();
  }

  @Test
  void inlineIgnore_appliesToNextInstructionOnly() throws Exception {
    String text = "FROM alpine:3.20\n# footprint ignore=FP201  # tools image, size does not matter\nRUN apk add curl\nRUN apk add git\nUSER 1\n";
    List<Finding> f = new Linter(LintConfig.DEFAULT).lint("Dockerfile", text, null).findings().stream()
        .filter(x -> x.rule().equals("FP201")).toList();
    assertThat(f).extracting(Finding::line).containsExactly(4);
  }

  @Test
  void globalIgnore_appliesToWholeFile() throws Exception {
    String text = "# footprint global ignore=FP201,FP404\nFROM alpine:3.20\nRUN apk add curl\n";
    assertThat(rules(LintConfig.DEFAULT, text)).doesNotContain("FP201", "FP404");
  }

  @Test
  void config_ignoreAndSeverityOverride() throws Exception {
    String text = "FROM alpine:3.20\nRUN apk add curl\n";
    assertThat(rules(new LintConfig(Set.of("FP201"), Map.of(), List.of()), text)).doesNotContain("FP201");
    LintResult r = new Linter(new LintConfig(Set.of(), Map.of("FP201", Severity.ERROR), List.of())).lint("D", text, null);
    assertThat(r.findings().stream().filter(x -> x.rule().equals("FP201")).findFirst().orElseThrow().severity())
        .isEqualTo(Severity.ERROR);
    assertThat(r.failsAt(Severity.ERROR)).isTrue();
  }

  @Test
  void rules_haveUniqueIdsAndCompleteMetadata() {
    List<Rule> rules = Linter.rules();
    assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates()
        .contains("FP101", "FP106", "FP201", "FP206", "FP301", "FP305", "FP401", "FP405", "FP501", "FP504");
    for (Rule r : rules) {
      assertThat(r.title()).isNotBlank();
      assertThat(r.fix()).isNotBlank();
      assertThat(r.peer()).isNotBlank();
    }
  }
}
