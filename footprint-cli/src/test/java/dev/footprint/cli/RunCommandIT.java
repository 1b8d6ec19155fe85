package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** footprint run end to end on a host program: a job that works, then exits. */
class RunCommandIT {
  @TempDir Path temp;

  @Test
  void run_processJob_writesJsonWithExitCodeAndSamples() throws Exception {
    Path report = temp.resolve("run.json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "--runtime", "process", "--format", "json", "-o", report.toString(),
        "--interval", "20ms", "/bin/sh", "--", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; exit 0"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(Files.readString(report));
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("exitCode").asInt()).isZero();
    assertThat(j.path("startupMs").asLong()).isPositive();
    assertThat(j.path("samples").size()).isPositive();
    assertThat(j.path("environment").path("cpus").asInt()).isPositive();
  }

  @Test
  void run_readyLog_measuresUntilTheLineAppears() throws Exception {
    Path report = temp.resolve("ready.json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "--runtime", "process", "--format", "json", "-o", report.toString(),
        "--ready-log", "listening on \\d+", "--measure", "200ms", "/bin/sh", "--", "-c",
        "echo warming up; sleep 0.4; echo listening on 8080; sleep 30"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(Files.readString(report));
    assertThat(j.path("startupMs").asLong()).isBetween(400L, 10_000L);
    assertThat(j.has("exitCode")).as("stopped by footprint, not exited").isFalse();
  }

  @Test
  void run_programThatFailsBeforeReady_exitsWith2AndOneLine() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"run", "--runtime", "process", "--ready-log", "listening", "/bin/sh", "--", "-c",
        "echo 'fatal: no config' >&2; exit 7"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("exit code 7").contains("fatal: no config");
  }
}
