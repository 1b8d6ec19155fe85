package dev.footprint.gc.internal.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a Go gctrace log into a sink: one pause (sweep termination + mark termination) and one
 * cycle per {@code gc N @…} line; everything else (application output, scavenger lines) is skipped,
 * except a {@code GOMEMLIMIT=…} that the program or its launcher logged (an environment dump, a
 * start-up line): the runtime's memory limit, which the trace itself never prints.
 */
public final class GoTraceParser {
  private static final String MEMORY_LIMIT = "GOMEMLIMIT=";

  /** Returns the number of lines read. */
  public long parse(InputStream in, GcEventSink sink, LineCounter counter) throws IOException {
    sink.collector("Go");
    return ByteLines.forEach(
        in,
        new ByteLines.Handler() {
          @Override
          public boolean wants(byte[] b, int from, int to) {
            return ByteLines.indexOf(b, from, to, " ms clock") >= 0
                || ByteLines.indexOf(b, from, to, MEMORY_LIMIT) >= 0;
          }

          @Override
          public void overlong(long lineNo) {
            counter.overlong();
          }

          @Override
          public void accept(String line, long lineNo) {
            GoCycle c = GoTraceLine.parse(line, lineNo);
            if (c == null) {
              if (GoTraceLine.looksLikeOne(line)) {
                counter.skipped(); // a gctrace line cut short or garbled
              } else {
                memoryLimit(line, lineNo, sink);
              }
              return;
            }
            counter.gcLine();
            double pause = c.pauseMs();
            sink.event(c.seconds());
            sink.pause(
                new Pause(
                    c.seconds(), "GC", c.forced() ? "forced" : "", pause, c.heapStart(),
                    c.heapLive(), c.heapEnd(), false, false, c.line()));
            sink.goCycle(c);
          }
        });
  }

  /** {@code GOMEMLIMIT=512MiB} as a word of the line; {@code off} and unreadable values are no limit. */
  private static void memoryLimit(String line, long lineNo, GcEventSink sink) {
    int at = line.indexOf(MEMORY_LIMIT);
    if (at < 0 || at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
      return;
    }
    int from = at + MEMORY_LIMIT.length();
    int to = from;
    while (to < line.length() && Character.isLetterOrDigit(line.charAt(to))) {
      to++;
    }
    long bytes = SizeText.goBytes(line.substring(from, to));
    if (bytes > 0) {
      sink.goMemoryLimit(bytes, Evidence.of(lineNo, line));
    }
  }
}
