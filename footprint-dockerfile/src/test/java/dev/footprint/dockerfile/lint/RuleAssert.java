package dev.footprint.dockerfile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** Lints a snippet and checks whether one rule fired, and where. */
final class RuleAssert {
  private RuleAssert() {}

  static List<Finding> findings(String rule, String dockerfile, Path context) {
    try {
      return new Linter(LintConfig.DEFAULT).lint("Dockerfile", dockerfile, context).findings().stream()
          .filter(f -> f.rule().equals(rule)).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Finding fires(String rule, String dockerfile) {
    return fires(rule, dockerfile, null);
  }

  static Finding fires(String rule, String dockerfile, Path context) {
    List<Finding> f = findings(rule, dockerfile, context);
    assertThat(f).as("%s should fire on:%n%s", rule, dockerfile).isNotEmpty();
    assertThat(f.get(0).message()).isNotBlank().doesNotContain("%s");
    assertThat(f.get(0).fix()).isNotBlank().doesNotContain("%s");
    return f.get(0);
  }

  static void doesNotFire(String rule, String dockerfile) {
    doesNotFire(rule, dockerfile, null);
  }

  static void doesNotFire(String rule, String dockerfile, Path context) {
    assertThat(findings(rule, dockerfile, context)).as("%s should not fire on:%n%s", rule, dockerfile).isEmpty();
  }
}
