package dev.footprint.dockerfile.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** docs/rules.md is executable: each rule's examples fire or not exactly as the page says. */
class RulesDocTest {
  private static final Pattern BLOCK = Pattern.compile("```(\\S+)\\n(.*?)\\n```", Pattern.DOTALL);

  @TempDir Path tmp;

  private static String doc() throws Exception {
    Path root = Path.of(System.getProperty("footprint.root", "..")).resolve("docs/rules.md");
    return Files.readString(root);
  }

  @Test
  void everyRuleHasASection() throws Exception {
    String doc = doc();
    for (Rule r : Linter.rules()) {
      assertThat(doc).as(r.id()).contains("## " + r.id() + "\n").contains("[" + r.id() + "](#" + r.id().toLowerCase() + ")");
    }
  }

  @TestFactory
  List<DynamicTest> examples_fireAndDoNotFireAsDocumented() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    String[] sections = doc().split("\n## ");
    for (int i = 1; i < sections.length; i++) {
      String section = sections[i];
      String id = section.substring(0, 5);
      int split = section.indexOf("Does not fire");
      tests.add(DynamicTest.dynamicTest(id + " fires", () -> check(id, section.substring(0, split), true)));
      tests.add(DynamicTest.dynamicTest(id + " does not fire", () -> check(id, section.substring(split), false)));
    }
    assertThat(tests).hasSize(2 * Linter.rules().size());
    return tests;
  }

  private void check(String id, String part, boolean fires) throws Exception {
    Path ctx = Files.createTempDirectory(tmp, id);
    Map<String, String> files = new LinkedHashMap<>();
    String dockerfile = null;
    Matcher m = BLOCK.matcher(part);
    while (m.find()) {
      if (m.group(1).equals("dockerfile")) {
        dockerfile = m.group(2) + "\n";
      } else if (!m.group(1).equals("yaml")) {
        files.put(m.group(1), m.group(2) + "\n");
      }
    }
    if (id.equals("FP504") && fires) {
      dockerfile = "FROM debian:12\r\nRUN true\r\n";
    }
    assertThat(dockerfile).as("%s example", id).isNotNull();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(ctx.resolve(f.getKey()), f.getValue());
    }
    if (id.equals("FP305")) {
      Files.createDirectory(ctx.resolve("node_modules"));
    }
    if (!id.equals("FP304") && !id.equals("FP305") && !files.containsKey(".dockerignore")) {
      Files.writeString(ctx.resolve(".dockerignore"), ".git\n");
    }
    LintConfig cfg = id.equals("FP406")
        ? new LintConfig(Set.of(), Map.of(), List.of("docker.io", "*.gcr.io")) : LintConfig.DEFAULT;
    List<String> rules = new Linter(cfg).lint("Dockerfile", dockerfile, ctx).findings().stream().map(Finding::rule).toList();
    if (fires) {
      assertThat(rules).as("%s should fire on%n%s", id, dockerfile).contains(id);
    } else {
      assertThat(rules).as("%s should not fire on%n%s", id, dockerfile).doesNotContain(id);
    }
  }
}
