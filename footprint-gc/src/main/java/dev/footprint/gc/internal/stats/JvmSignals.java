package dev.footprint.gc.internal.stats;

import dev.footprint.gc.internal.parse.Evidence;
import dev.footprint.gc.internal.parse.Pause;
import java.util.ArrayList;
import java.util.List;

/**
 * What JVM tuning advice needs from a log, kept small: a few example lines per finding, extremes
 * and counts. Nothing grows with the log's length.
 */
public final class JvmSignals {
  static final int EXAMPLES = 3;

  public final List<Evidence> fullGcs = new ArrayList<>();
  public long explicitFullGcs;
  public final List<Evidence> explicitFullGcLines = new ArrayList<>();
  public final List<Evidence> evacuationFailures = new ArrayList<>();
  public long humongousPeakRegions = -1;
  public Evidence humongousLine;
  public double concurrentStartMinOccupancy = Double.NaN;
  public double concurrentStartMaxOccupancy = Double.NaN;
  public Evidence concurrentStartLine;
  public long concurrentStarts;
  public Evidence longestPause;
  public double longestPauseMs;
  public long liveAfterFullGcBytes = -1;
  public Evidence liveAfterFullGcLine;
  public long youngPauses;
  public long youngOverGoal;
  public Evidence youngOverGoalLine;
  public double youngTotalMs;

  void pause(Pause p, double goalMs) {
    boolean youngOrMixed = p.name().equals("Pause Young") || p.name().equals("Pause Mixed");
    if (youngOrMixed) {
      youngPauses++;
      youngTotalMs += p.ms();
      if (p.ms() > goalMs) {
        youngOverGoal++;
        if (youngOverGoalLine == null || p.ms() > longestPauseMs) {
          youngOverGoalLine = p.line();
        }
      }
    }
    if (p.ms() > longestPauseMs) {
      longestPauseMs = p.ms();
      longestPause = p.line();
    }
    if (p.full()) {
      if (p.cause().contains("System.gc()")) {
        explicitFullGcs++;
        if (explicitFullGcLines.size() < EXAMPLES) {
          explicitFullGcLines.add(p.line());
        }
      } else if (fullGcs.size() < EXAMPLES) {
        fullGcs.add(p.line());
      }
      if (p.after() > liveAfterFullGcBytes) {
        liveAfterFullGcBytes = p.after();
        liveAfterFullGcLine = p.line();
      }
    }
    boolean concurrentStart =
        p.cause().contains("Concurrent Start") || p.name().equals("Pause Initial Mark");
    if (concurrentStart && p.before() >= 0 && p.committed() > 0) {
      double occupancy = 100.0 * p.before() / p.committed();
      concurrentStarts++;
      concurrentStartMinOccupancy = min(concurrentStartMinOccupancy, occupancy);
      concurrentStartMaxOccupancy = max(concurrentStartMaxOccupancy, occupancy);
      concurrentStartLine = p.line();
    }
  }

  void evacuationFailure(Evidence line) {
    if (evacuationFailures.size() < EXAMPLES) {
      evacuationFailures.add(line);
    }
  }

  void regions(String kind, long before, String line, long lineNo) {
    if (kind.equals("Humongous") && before > humongousPeakRegions) {
      humongousPeakRegions = before;
      humongousLine = Evidence.of(lineNo, line);
    }
  }

  private static double min(double a, double b) {
    return Double.isNaN(a) ? b : Math.min(a, b);
  }

  private static double max(double a, double b) {
    return Double.isNaN(a) ? b : Math.max(a, b);
  }
}
