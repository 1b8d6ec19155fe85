package dev.footprint.gc.internal.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a Go gctrace log into a sink: one pause (sweep termination + mark termination) and one
 * cycle per {@code gc N @…} line; everything else (application output, scavenger lines) is skipped.
 */
public final class GoTraceParser {
  /** Returns the number of lines read. */
  public long parse(InputStream in, GcEventSink sink, LineCounter counter) throws IOException {
    sink.collector("Go");
    return ByteLines.forEach(
        in,
        new ByteLines.Handler() {
          @Override
          public boolean wants(byte[] b, int from, int to) {
            return ByteLines.indexOf(b, from, to, " ms clock") >= 0;
          }

          @Override
          public void accept(String line, long lineNo) {
            GoCycle c = GoTraceLine.parse(line, lineNo);
            if (c == null) {
              return;
            }
            counter.gcLine();
            double pause = GoTraceLine.pauseMs(line);
            sink.event(c.seconds());
            sink.pause(
                new Pause(
                    c.seconds(), "GC", c.forced() ? "forced" : "", pause, c.heapStart(),
                    c.heapLive(), c.heapEnd(), false, false, c.line()));
            sink.goCycle(c);
          }
        });
  }
}
