package dev.footprint.gc;

import dev.footprint.common.InvalidInputException;
import dev.footprint.gc.internal.advice.GoAdvisor;
import dev.footprint.gc.internal.advice.JvmAdvisor;
import dev.footprint.gc.internal.parse.ByteLines;
import dev.footprint.gc.internal.parse.FormatDetector;
import dev.footprint.gc.internal.parse.GoTraceParser;
import dev.footprint.gc.internal.parse.LineCounter;
import dev.footprint.gc.internal.parse.UnifiedLogParser;
import dev.footprint.gc.internal.stats.GcRecorder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Entry point: reads one GC log (format detected from its content), streaming line by line, and
 * returns its figures with tuning advice. One policy for bad lines, whatever the format: a GC line
 * that cannot be read is counted ({@code skippedLines}), a line longer than {@link
 * ByteLines#MAX_LINE} bytes is passed over unread and counted ({@code overlongLines}), and a file
 * with no GC event at all is refused. Thread-safe: every call has its own state.
 */
public final class GcLogs {
  /** Lines longer than this many bytes are passed over unread and counted as over-long. */
  public static final int MAX_LINE_BYTES = ByteLines.MAX_LINE;

  private static final int BUFFER = 1 << 20;

  private GcLogs() {}

  public static GcAnalysis analyze(Path log, GcOptions options)
      throws IOException, InvalidInputException {
    if (!Files.isRegularFile(log)) {
      throw new InvalidInputException(log + ": no such file");
    }
    LogFormat format;
    try (InputStream in = open(log)) {
      format = new FormatDetector().detect(log, in);
    }
    double goal = options.pauseGoalMs() > 0 ? options.pauseGoalMs() : 200;
    GcRecorder recorder = new GcRecorder(goal);
    LineCounter counter = new LineCounter();
    long lines;
    try (InputStream in = open(log)) {
      // parsers find malformed lines by checks and count them: anything they throw is a bug (exit 4)
      lines =
          format == LogFormat.GO_GCTRACE
              ? new GoTraceParser().parse(in, recorder, counter)
              : new UnifiedLogParser().parse(in, recorder, counter);
    }
    if (counter.gcLines() == 0) {
      throw new InvalidInputException(log + ": no GC event in " + lines + " lines (" + counter.skippedLines()
          + " GC lines unreadable, " + counter.overlongLines() + " longer than " + MAX_LINE_BYTES
          + " bytes): nothing to analyse");
    }
    GcAnalysis analysis = recorder.analysis(log, format, lines, counter);
    return analysis.withAdvice(
        format == LogFormat.GO_GCTRACE
            ? new GoAdvisor(options).advise(analysis, recorder.goSignals())
            : new JvmAdvisor(options, goal).advise(analysis, recorder.jvmSignals(), recorder.availableMemory()));
  }

  /**
   * The log's bytes, gunzipped when it starts with the gzip magic (rotated logs are often
   * compressed). Decoding is left to the parsers: GC lines are ASCII, read as Latin-1, which never
   * fails on a stray byte.
   */
  private static InputStream open(Path log) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(log), BUFFER);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzip ? new GZIPInputStream(in, BUFFER) : in;
  }
}
