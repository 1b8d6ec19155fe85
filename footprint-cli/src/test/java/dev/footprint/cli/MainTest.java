package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void version_printsProjectVersion() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("footprint ").doesNotContain("${project.version}").doesNotContain("unknown");
  }

  @Test
  void help_listsEveryCommand() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("inspect", "lint", "binary", "strip", "slim", "run", "compare", "watch", "gc", "generate-completion");
  }

  @Test
  void unknownOption_isUsageErrorWithOneLineAndHint() {
    Result r = run("--frobnicate");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).startsWith("footprint: Unknown option: '--frobnicate'").contains("--help");
    assertThat(r.err()).doesNotContain("at dev.footprint");
  }

  @Test
  void completion_generatesBashScript() {
    Result r = run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("footprint");
  }
}
