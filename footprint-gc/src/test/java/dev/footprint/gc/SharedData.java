package dev.footprint.gc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared conformance logs live; skips without them, fails without them on CI. */
final class SharedData {
  private SharedData() {}

  static Path gcLogs() {
    Path dir = Path.of(System.getProperty("footprint.shared", "../../shared"), "conformance", "gc-logs");
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("conformance data missing on CI: " + dir);
      }
      assumeTrue(false, "no conformance data at " + dir);
    }
    return dir;
  }
}
