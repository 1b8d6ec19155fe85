package dev.footprint.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A shared conformance folder, or skip (fail when CI=true). */
  static Path conformance(String suite) {
    Path dir = Path.of(System.getProperty("footprint.shared", "../../shared"), "conformance", suite);
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("conformance data missing at " + dir + " (CI=true)");
      }
      assumeTrue(false, "conformance data not found at " + dir + "; skipped");
    }
    return dir;
  }
}
