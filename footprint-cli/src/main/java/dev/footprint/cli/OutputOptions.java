package dev.footprint.cli;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.report.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every reporting command shares: where the report goes, and whether it may be coloured.
 * {@code --format} is declared per command because each supports a different set.
 */
final class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(names = "--no-color", description = "Plain text even on a terminal.")
  boolean noColor;

  @Option(names = "--verbose", description = "Show stack traces and diagnostics on errors.")
  boolean verbose;

  /** Colour only for a terminal on stdout, never into a file, never with NO_COLOR set. */
  Style style() {
    boolean color =
        !noColor && output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    return new Style(color);
  }

  /** Prints the report, or writes it atomically to {@code -o FILE}. */
  void emit(PrintWriter out, String report) throws IOException, FootprintException {
    if (output == null) {
      out.print(report);
      out.flush();
    } else {
      AtomicOutput.writeFile(output, o -> o.write(report.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
