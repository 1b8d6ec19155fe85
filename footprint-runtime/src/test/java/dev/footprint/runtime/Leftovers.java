package dev.footprint.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Asserts that a run left nothing behind: no container, mount, cgroup or temp dir. */
final class Leftovers {
  private Leftovers() {}

  static void assertNone(Path tempRoot) throws IOException, InterruptedException {
    try (Stream<Path> s = Files.list(tempRoot)) {
      assertThat(s.toList()).as("temp dirs under " + tempRoot).isEmpty();
    }
    String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
    assertThat(mounts).as("mounts").doesNotContain(tempRoot.toString());
    assertThat(containers()).as("runc containers").noneMatch(id -> id.startsWith("footprint-"));
    for (String controller : List.of("memory", "cpu", "pids", "")) {
      Path dir = Path.of("/sys/fs/cgroup", controller);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("footprint-")).toList())
              .as("cgroups in " + dir).isEmpty();
        }
      }
    }
  }

  static List<String> containers() throws IOException, InterruptedException {
    if (!Tooling.has("runc")) {
      return List.of();
    }
    Process p = new ProcessBuilder("runc", "list", "-q").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(10, TimeUnit.SECONDS);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }
}
