package dev.footprint.cli;

import static dev.footprint.cli.WatchProgramsSupport.footprint;
import static dev.footprint.cli.WatchProgramsSupport.gcc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.cli.WatchProgramsSupport.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes with known behaviour, built from C with gcc: each leak is flagged on the metric it
 * leaks and on no unrelated one; the steady process is flagged on nothing; the bursty one shows CPU
 * spikes. Each watch is 4 s at 100 ms.
 */
class WatchLeaksIT {
  @TempDir Path dir;

  private Result watch(Path program, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("watch", "-i", "100ms", "-d", "4s", "--format", "json"));
    args.addAll(List.of(extra));
    args.add("--");
    args.add(program.toString());
    Result r = footprint(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  @Test
  void fdLeak_isFlaggedOnOpenFiles() throws Exception {
    Result r = watch(gcc("fdleak.c", dir));
    assertThat(r.leaks()).containsExactly("open_files");
    JsonNode fds = metric(r, "open_files");
    assertThat(fds.path("last").asDouble() - fds.path("first").asDouble()).isGreaterThan(30);
    assertThat(fds.path("slopePerMinute").asDouble()).isBetween(400.0, 1400.0); // 20 per second nominal
    assertThat(fds.path("unit").asText()).isEqualTo("count");
  }

  @Test
  void threadLeak_isFlaggedOnThreads() throws Exception {
    Result r = watch(gcc("threadleak.c", dir));
    assertThat(r.leaks()).contains("threads").doesNotContain("open_files", "processes");
    assertThat(metric(r, "threads").path("max").asDouble()).isGreaterThan(20);
  }

  @Test
  void memoryLeak_isFlaggedOnResidentAndPrivate() throws Exception {
    Result r = watch(gcc("memleak.c", dir));
    assertThat(r.leaks()).contains("resident", "private").doesNotContain("threads", "open_files");
    double perMinute = metric(r, "private").path("slopePerMinute").asDouble();
    assertThat(perMinute / (1 << 20)).isBetween(250.0, 700.0); // 600 MiB/min nominal
  }

  @Test
  void steadyProcess_isNotFlagged() throws Exception {
    Result r = watch(gcc("steady.c", dir));
    assertThat(r.leaks()).isEmpty();
    assertThat(r.json().path("readings").asInt()).isGreaterThanOrEqualTo(30);
    assertThat(r.json().path("endReason").asText()).isEqualTo("watched for 4s");
  }

  @Test
  void cpuBursts_areSpikes() throws Exception {
    Result r = watch(gcc("spiky.c", dir));
    assertThat(r.verdicts()).containsEntry("cpu", "spikes");
    assertThat(r.leaks()).isEmpty();
  }

  @Test
  void failOnLeak_exitsOne_andSeriesFileIsWritten() throws Exception {
    Path csv = dir.resolve("series.csv");
    Result r = footprint("watch", "-i", "100ms", "-d", "3s", "--fail-on-leak", "-o", csv.toString(), "--", gcc("fdleak.c", dir).toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("Likely leaks").contains("open_files: grew +");
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("timestamp,elapsed_seconds,cpu,resident,private,threads,open_files");
    assertThat(lines.size()).isGreaterThan(20);
  }

  @Test
  void commandEndingFirst_endsWatch() throws Exception {
    Result r = footprint("watch", "-i", "100ms", "-d", "30s", "--format", "json", "--", "sh", "-c", "sleep 1; exit 3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = r.json();
    assertThat(json.path("endReason").asText()).endsWith("ended");
    assertThat(json.path("durationSeconds").asDouble()).isLessThan(5);
    assertThat(json.path("notes").toString()).contains("command exited with code 3");
  }

  @Test
  void sigterm_printsSummary_finishesSeries_andStopsCommand() throws Exception {
    Path jar = Path.of(System.getProperty("footprint.root"), "footprint-cli", "target", "footprint-all.jar");
    Path series = dir.resolve("series.jsonl");
    Process watch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "watch", "-i", "100ms", "-o", series.toString(), "--", "sleep", "60").redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    Thread.sleep(2500);
    List<ProcessHandle> children = watch.children().toList();
    assertThat(children).hasSize(1);
    watch.toHandle().destroy(); // SIGTERM, like a service manager or Ctrl-C
    assertThat(watch.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(dir.resolve("out.txt"));
    assertThat(out).contains("(interrupted)").contains("readings written to " + series);
    assertThat(Files.readAllLines(series)).hasSizeGreaterThan(5);
    Thread.sleep(200);
    assertThat(children.get(0).isAlive()).as("the started command is stopped").isFalse();
  }

  private static JsonNode metric(Result r, String name) throws Exception {
    for (JsonNode m : r.json().path("metrics")) {
      if (m.path("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no metric " + name + " in " + r.out());
  }
}
