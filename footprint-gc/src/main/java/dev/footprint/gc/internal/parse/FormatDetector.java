package dev.footprint.gc.internal.parse;

import dev.footprint.common.InvalidInputException;
import dev.footprint.gc.LogFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells a Go gctrace from a JVM unified log by the first lines that are unmistakably one of them
 * (application output may come first). Names the formats it recognises but does not read.
 */
public final class FormatDetector {
  private static final long MAX_CHARS = 8L << 20;

  public LogFormat detect(Path file, BufferedReader in) throws IOException, InvalidInputException {
    Decorations d = new Decorations();
    long chars = 0;
    for (String line = in.readLine(); line != null && chars < MAX_CHARS; line = in.readLine()) {
      chars += line.length() + 1;
      if (GoTraceLine.parse(line, 0) != null) {
        return LogFormat.GO_GCTRACE;
      }
      if (d.parse(line) && (d.tags.startsWith("gc") || d.tags.startsWith("safepoint"))) {
        return LogFormat.JVM_UNIFIED;
      }
      if (line.contains("[GC (") || line.contains("[Full GC") || line.contains("[PSYoungGen")) {
        throw new InvalidInputException(
            file + ": a JDK 8 -Xloggc log; footprint reads JDK 9+ unified logging: run with"
                + " -Xlog:gc*:file=gc.log");
      }
      if (line.matches("gc\\d+\\(\\d+\\): .*")) {
        throw new InvalidInputException(
            file + ": a Go 1.4 or older gctrace; footprint reads Go 1.5 and later");
      }
    }
    throw new InvalidInputException(
        file + ": no GC log lines found (expected GODEBUG=gctrace=1 output or a JVM -Xlog:gc log)");
  }
}
