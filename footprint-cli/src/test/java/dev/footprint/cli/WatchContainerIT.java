package dev.footprint.cli;

import static dev.footprint.cli.WatchProgramsSupport.footprint;
import static dev.footprint.cli.WatchProgramsSupport.resource;
import static dev.footprint.cli.WatchProgramsSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.cli.WatchProgramsSupport.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real runc container (a static memory-leaking C program as its only process), found by id
 * through runc's state file: cgroup memory and working set are flagged, tasks are counted.
 * Needs root and runc; skipped otherwise (failing under CI=true).
 */
class WatchContainerIT {
  @TempDir Path dir;

  @Test
  void runcContainer_memoryLeakIsFlaggedFromCgroup() throws Exception {
    boolean usable = isRoot() && onPath("runc");
    if (System.getenv("CI") != null && System.getenv("CI").equals("true")) {
      assertThat(usable).as("runc and root are needed for this test under CI").isTrue();
    }
    assumeTrue(usable, "needs root and runc");
    Path rootfs = Files.createDirectories(dir.resolve("bundle/rootfs/bin"));
    for (String d : new String[] {"proc", "dev", "sys", "tmp"}) {
      Files.createDirectories(rootfs.getParent().resolve(d));
    }
    Path src = resource("memleak.c", dir);
    run(dir, "gcc", "-static", "-O1", "-o", rootfs.resolve("memleak").toString(), src.toString());
    Path bundle = dir.resolve("bundle");
    run(bundle, "runc", "spec");
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(bundle.resolve("config.json").toFile());
    ObjectNode process = (ObjectNode) config.path("process");
    process.put("terminal", false);
    ArrayNode args = process.putArray("args");
    args.add("/bin/memleak");
    json.writeValue(bundle.resolve("config.json").toFile(), config);
    String id = "footprint-it-" + ProcessHandle.current().pid();
    // Detached, the container inherits runc's stdio: send it to a file, or reading it never ends.
    Process runc = new ProcessBuilder("runc", "run", "-d", "--bundle", bundle.toString(), id)
        .redirectErrorStream(true).redirectOutput(dir.resolve("runc.log").toFile()).start();
    assertThat(runc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(runc.exitValue()).as(Files.readString(dir.resolve("runc.log"))).isZero();
    try {
      Result r = footprint("watch", "-i", "100ms", "-d", "3s", "--format", "json", "--container", id);
      assertThat(r.exitCode()).as(r.err()).isZero();
      JsonNode summary = r.json();
      assertThat(summary.path("target").asText()).contains(id);
      assertThat(verdict(summary, "cgroup_memory")).as(r.out()).isEqualTo("leak");
      assertThat(verdict(summary, "cgroup_working_set")).isEqualTo("leak");
      assertThat(metric(summary, "cgroup_pids").path("last").asInt()).isEqualTo(1);
      assertThat(metric(summary, "processes").path("last").asInt()).isEqualTo(1);
      // The cgroup charges at least the process's resident memory.
      assertThat(metric(summary, "cgroup_memory").path("last").asDouble())
          .isGreaterThanOrEqualTo(metric(summary, "private").path("last").asDouble());
    } finally {
      new ProcessBuilder("runc", "kill", id, "KILL").start().waitFor(10, TimeUnit.SECONDS);
      Thread.sleep(300);
      new ProcessBuilder("runc", "delete", "--force", id).start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String verdict(JsonNode summary, String name) {
    return metric(summary, name).path("verdict").asText();
  }

  private static JsonNode metric(JsonNode json, String name) {
    for (JsonNode m : json.path("metrics")) {
      if (m.path("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no metric " + name + " in " + json);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
