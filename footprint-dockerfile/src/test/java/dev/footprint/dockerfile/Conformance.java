package dev.footprint.dockerfile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared BuildKit conformance data; skips without it, fails without it on CI. */
public final class Conformance {
  private Conformance() {}

  public static Path buildkit() {
    String shared = System.getProperty("footprint.shared", "../../shared");
    Path dir = Path.of(shared, "conformance", "buildkit-parser");
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("conformance data missing on CI: " + dir);
      }
      assumeTrue(false, "conformance data not found at " + dir);
    }
    return dir;
  }
}
