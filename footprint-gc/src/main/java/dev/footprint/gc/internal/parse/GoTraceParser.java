package dev.footprint.gc.internal.parse;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Streams a Go gctrace log into a sink: one pause (sweep termination + mark termination) and one
 * cycle per {@code gc N @…} line; everything else (application output, scavenger lines) is skipped.
 */
public final class GoTraceParser {
  /** Returns the number of lines read. */
  public long parse(BufferedReader in, GcEventSink sink, LineCounter counter) throws IOException {
    sink.collector("Go");
    long lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.indexOf(" @") < 0 || line.indexOf(" ms clock") < 0) {
        continue;
      }
      GoCycle c = GoTraceLine.parse(line, lineNo);
      if (c == null) {
        continue;
      }
      counter.gcLine();
      double pause = GoTraceLine.pauseMs(line);
      sink.event(c.seconds());
      sink.pause(
          new Pause(
              c.seconds(), "GC", c.forced() ? "forced" : "", pause, c.heapStart(), c.heapLive(),
              c.heapEnd(), false, false, c.line()));
      sink.goCycle(c);
    }
    return lineNo;
  }
}
