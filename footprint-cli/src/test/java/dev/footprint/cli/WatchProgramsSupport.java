package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Builds the small test programs under src/test/resources/watch and runs footprint watch on them. */
final class WatchProgramsSupport {
  private WatchProgramsSupport() {}

  /** Copies a resource into {@code dir} and returns its path. */
  static Path resource(String name, Path dir) throws IOException {
    Path out = dir.resolve(name);
    try (InputStream in = WatchProgramsSupport.class.getResourceAsStream("/watch/" + name)) {
      assertThat(in).as("test resource watch/" + name).isNotNull();
      Files.copy(in, out);
    }
    return out;
  }

  /** Runs a tool to completion and fails the test on a non-zero exit. */
  static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
  }

  /** Compiles a C program with gcc (pthreads on) and returns the binary. */
  static Path gcc(String source, Path dir) throws IOException, InterruptedException {
    Path src = resource(source, dir);
    Path bin = dir.resolve(source.replace(".c", ""));
    run(dir, "gcc", "-O1", "-pthread", "-o", bin.toString(), src.toString());
    return bin;
  }

  /** The result of one CLI run. */
  record Result(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }

    /** Verdict per metric name from a {@code --format json} summary. */
    Map<String, String> verdicts() throws IOException {
      Map<String, String> out = new HashMap<>();
      for (JsonNode m : json().path("metrics")) {
        out.put(m.path("name").asText(), m.path("verdict").asText());
      }
      return out;
    }

    List<String> leaks() throws IOException {
      List<String> out = new ArrayList<>();
      verdicts().forEach((k, v) -> {
        if (v.equals("leak")) {
          out.add(k);
        }
      });
      return out;
    }
  }

  static Result footprint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
