package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching another user's process as an unprivileged user: the kernel refuses /proc/PID/io and
 * /proc/PID/fd, and footprint must say so rather than report zeros. Runs footprint as "nobody"
 * through setpriv; needs root to drop to it.
 */
class WatchPermissionsIT {
  @TempDir Path dir;

  @Test
  void unreadableFigures_areAbsentWithNotes_neverZero() throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "needs root and setpriv to run footprint as another user");
    Path jar = Path.of(System.getProperty("footprint.root"), "footprint-cli", "target", "footprint-all.jar");
    Process target = new ProcessBuilder("sleep", "30").start();
    try {
      Path out = dir.resolve("out.json");
      dir.toFile().setWritable(true, false);
      Process watch = new ProcessBuilder("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
          "watch", "-i", "100ms", "-d", "1s", "--format", "json", Long.toString(target.pid()))
          .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(watch.exitValue()).isZero();
      JsonNode json = new ObjectMapper().readTree(out.toFile());
      List<String> names = new ArrayList<>();
      json.path("metrics").forEach(m -> names.add(m.path("name").asText()));
      assertThat(names).contains("cpu", "resident", "threads").doesNotContain("open_files", "read", "write");
      assertThat(json.path("notes").toString()).contains("/proc/PID/io is not readable").contains("/proc/PID/fd is not readable");
    } finally {
      target.destroy();
    }
  }
}
