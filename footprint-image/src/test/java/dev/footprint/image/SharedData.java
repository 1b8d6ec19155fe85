package dev.footprint.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/** Where the shared conformance data is; skips (or fails under CI=true) when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path conformance(String suite) {
    String root = System.getProperty("footprint.shared", "../../shared");
    Path dir = Path.of(root, "conformance", suite);
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("conformance data missing at " + dir + " (CI=true)");
      }
      assumeTrue(false, "conformance data not found at " + dir + "; skipped");
    }
    return dir;
  }
}
