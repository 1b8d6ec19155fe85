package dev.footprint.gc.internal.parse;

import dev.footprint.common.InvalidInputException;
import dev.footprint.gc.LogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tells a Go gctrace from a JVM unified log by the first lines that are unmistakably one of them
 * (application output may come first) within the first {@value #MAX_BYTES} bytes; lines longer
 * than {@link ByteLines#MAX_LINE} are passed over. Names the formats it recognises but does not read.
 */
public final class FormatDetector {
  private static final int MAX_BYTES = 8 << 20;

  public LogFormat detect(Path file, InputStream in) throws IOException, InvalidInputException {
    Decorations d = new Decorations();
    byte[] head = in.readNBytes(MAX_BYTES);
    for (int from = 0, nl; from < head.length; from = nl + 1) {
      nl = ByteLines.indexOf(head, from, head.length, (byte) '\n');
      nl = nl < 0 ? head.length : nl;
      int to = nl > from && head[nl - 1] == '\r' ? nl - 1 : nl;
      if (to - from > ByteLines.MAX_LINE) {
        continue;
      }
      String line = new String(head, from, to - from, StandardCharsets.ISO_8859_1);
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
