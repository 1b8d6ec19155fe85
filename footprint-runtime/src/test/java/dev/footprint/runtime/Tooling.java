package dev.footprint.runtime;

import dev.footprint.runtime.internal.container.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds tools and fixtures for integration tests, building the test HTTP server on demand. */
final class Tooling {
  private Tooling() {}

  static boolean has(String tool) {
    return Tools.onPath(tool).isPresent();
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static Path fixtures() {
    String p = System.getProperty("footprint.fixtures");
    return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache", "footprint", "fixtures");
  }

  /** Builds src/test/go/hello with the given extra go build flags into target/. */
  static Path buildHello(String name, String... flags) throws IOException, InterruptedException {
    Path out = Path.of("target", "go", name).toAbsolutePath();
    if (Files.isExecutable(out)) {
      return out;
    }
    Files.createDirectories(out.getParent());
    List<String> cmd = new java.util.ArrayList<>(List.of("go", "build"));
    cmd.addAll(List.of(flags));
    cmd.addAll(List.of("-o", out.toString(), "."));
    Process p = new ProcessBuilder(cmd).directory(Path.of("src", "test", "go", "hello").toFile())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("go build failed: " + log);
    }
    return out;
  }
}
