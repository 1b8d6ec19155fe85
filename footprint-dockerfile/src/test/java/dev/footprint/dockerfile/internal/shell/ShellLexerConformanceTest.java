package dev.footprint.dockerfile.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.dockerfile.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's lexer tables: envVarTest (ProcessWord) and wordsTest (ProcessWords). */
class ShellLexerConformanceTest {
  private static final Map<String, String> ENV =
      Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");

  /** Unix rows run with case-sensitive names, Windows rows with case-insensitive ones. */
  @TestFactory
  List<DynamicTest> envVarTest_everyRowMatches() throws IOException {
    List<String> lines =
        Files.readAllLines(Conformance.buildkit().resolve("shell/envVarTest"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.startsWith("#") || line.strip().isEmpty()) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      assertThat(f).as("line %d", lineNo).hasSize(3);
      String platform = f[0].strip();
      String source = f[1].strip();
      String expected = f[2].strip();
      List<String> modes = platform.equals("A") ? List.of("U", "W") : List.of(platform);
      for (String mode : modes) {
        EnvLookup env = mode.equals("W") ? EnvLookup.caseInsensitive(ENV) : EnvLookup.of(ENV);
        String name = "line " + lineNo + " [" + mode + "] " + source;
        tests.add(DynamicTest.dynamicTest(name, () -> check(source, expected, env)));
      }
    }
    assertThat(tests).hasSizeGreaterThan(200);
    return tests;
  }

  private static void check(String source, String expected, EnvLookup env) {
    ShellLexer lexer = ShellLexer.of('\\');
    if (expected.equals("error")) {
      assertThatThrownBy(() -> lexer.processWord(source, env)).isInstanceOf(ShellSyntaxException.class);
    } else {
      try {
        assertThat(lexer.processWord(source, env)).isEqualTo(expected);
      } catch (ShellSyntaxException e) {
        throw new AssertionError("unexpected error for " + source + ": " + e.getMessage(), e);
      }
    }
  }

  @TestFactory
  List<DynamicTest> wordsTest_everyRowMatches() throws IOException {
    List<String> lines =
        Files.readAllLines(Conformance.buildkit().resolve("shell/wordsTest"), StandardCharsets.UTF_8);
    Map<String, String> env = new LinkedHashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        String kv = line.substring(3).replaceFirst("^ +", "");
        int eq = kv.indexOf('=');
        env.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1));
        continue;
      }
      String[] f = line.split("\\|", -1);
      String test = f[0].strip();
      List<String> expected = Arrays.asList(f[1].replaceFirst("^ +", "").split(",", -1));
      EnvLookup snapshot = EnvLookup.of(Map.copyOf(env));
      tests.add(DynamicTest.dynamicTest("line " + lineNo + " " + test, () -> {
        ShellLexer lexer = ShellLexer.of('\\');
        if (expected.get(0).equals("error")) {
          assertThatThrownBy(() -> lexer.processWords(test, snapshot)).isInstanceOf(ShellSyntaxException.class);
        } else {
          assertThat(lexer.processWords(test, snapshot)).isEqualTo(expected);
        }
      }));
    }
    assertThat(tests).hasSize(24);
    return tests;
  }
}
