package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.RuntimeKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** run/compare options are populated by picocli and turned into a RunSpec without running anything. */
class RunOptionsTest {
  private static RunCommand parse(String... args) {
    RunCommand cmd = new RunCommand();
    new CommandLine(cmd).parseArgs(args);
    return cmd;
  }

  @Test
  void toSpec_fullCommandLine_carriesEveryOption() throws Exception {
    RunCommand c = parse("--runtime", "runc", "--ready-http", "http://127.0.0.1:8080/healthz", "--interval", "50ms",
        "--cpus", "1.5", "--memory", "256m", "--load", "http://127.0.0.1:8080/", "--concurrency", "8",
        "--requests", "1000", "img.tar", "--", "--port", "8080");
    RunSpec s = c.options.toSpec(c.target, c.args);
    assertThat(s.runtime()).isEqualTo(RuntimeKind.RUNC);
    assertThat(s.readiness()).isInstanceOf(Readiness.Http.class);
    assertThat(s.interval().toMillis()).isEqualTo(50);
    assertThat(s.limits().cpus()).isEqualTo(1.5);
    assertThat(s.limits().memoryBytes()).isEqualTo(256L << 20);
    assertThat(s.load().concurrency()).isEqualTo(8);
    assertThat(s.load().requests()).isEqualTo(1000);
    assertThat(s.args()).containsExactly("--port", "8080");
  }

  @Test
  void toSpec_defaults_areTheDocumentedOnes() throws Exception {
    RunCommand c = parse("img.tar");
    RunSpec s = c.options.toSpec(c.target, c.args);
    assertThat(s.interval().toMillis()).isEqualTo(100);
    assertThat(s.readyTimeout().toSeconds()).isEqualTo(60);
    assertThat(s.readiness()).isInstanceOf(Readiness.Exit.class);
    assertThat(s.runtime()).isNull();
    assertThat(s.load()).isNull();
  }

  @Test
  void toSpec_loadWithoutProbe_waitsForTheLoadUrl() throws Exception {
    RunCommand c = parse("--load", "http://127.0.0.1:9000/x", "img.tar");
    assertThat(c.options.toSpec(c.target, c.args).readiness()).isEqualTo(new Readiness.Http(java.net.URI.create("http://127.0.0.1:9000/x")));
  }

  @Test
  void toSpec_badValues_areBadInputNamingTheOption() {
    assertThatThrownBy(() -> spec("--ready-port", "1", "--ready-log", "x", "i")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one of --ready-http");
    assertThatThrownBy(() -> spec("--memory", "lots", "i")).hasMessageContaining("--memory");
    assertThatThrownBy(() -> spec("--load", "https://x/", "i")).hasMessageContaining("--load");
    assertThatThrownBy(() -> spec("--runtime", "lxc", "i")).hasMessageContaining("unknown runtime 'lxc'");
    assertThatThrownBy(() -> spec("--interval", "1ms", "i")).hasMessageContaining("--interval");
    assertThatThrownBy(() -> spec("--ready-log", "(", "i")).hasMessageContaining("--ready-log");
  }

  @Test
  void byteSize_parsesDockerStyleSuffixes() throws Exception {
    assertThat(ByteSizeText.parse("--memory", "1g")).isEqualTo(1L << 30);
    assertThat(ByteSizeText.parse("--memory", "512MiB")).isEqualTo(512L << 20);
    assertThat(ByteSizeText.parse("--memory", "67108864")).isEqualTo(64L << 20);
  }

  @Test
  void main_missingRuntime_exitsWith3AndOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "--runtime", "podman", "oci:/nowhere"}, new PrintWriter(out), new PrintWriter(err));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.footprint.runtime.internal.container.Tools.onPath("podman").isEmpty(), "podman is installed here");
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).startsWith("footprint: podman not found on PATH").hasLineCount(1);
  }

  @Test
  void main_badFormat_exitsWith2() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"compare", "--format", "pdf", "--runtime", "process", "/bin/true", "/bin/true",
        "--runs", "1"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--format").contains("pdf");
  }

  private static RunSpec spec(String... args) throws InvalidInputException {
    RunCommand c = parse(args);
    return c.options.toSpec(c.target, c.args);
  }
}
