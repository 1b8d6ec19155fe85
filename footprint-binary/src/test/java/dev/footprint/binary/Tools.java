package dev.footprint.binary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs real tools for integration tests; a missing tool skips, or fails when CI=true. */
final class Tools {
  private Tools() {}

  record Result(int exit, String out, String err) {}

  static void require(String tool) {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      found |= Files.isExecutable(Path.of(dir, tool));
    }
    if (!found && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(tool + " is required in CI");
    }
    Assumptions.assumeTrue(found, tool + " is not installed");
  }

  static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("fp-out", ".txt");
    Path err = Files.createTempFile("fp-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs a command that must succeed and returns its standard output. */
  static String ok(Path dir, Map<String, String> env, String... command) throws IOException {
    Result r = run(dir, env, List.of(command));
    if (r.exit() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed (" + r.exit() + "): " + r.err());
    }
    return r.out();
  }

  static String ok(String... command) throws IOException {
    return ok(null, Map.of(), command);
  }
}
