package dev.footprint.gc;

/**
 * What the log cannot tell: the memory limit of the container the program runs in (0 when unknown)
 * and the pause-time goal to judge pauses against (0 = the collector's default: 200 ms for G1).
 */
public record GcOptions(long memoryLimitBytes, double pauseGoalMs) {
  public static final GcOptions DEFAULTS = new GcOptions(0, 0);

  public GcOptions {
    if (memoryLimitBytes < 0 || pauseGoalMs < 0) {
      throw new IllegalArgumentException("memory limit and pause goal must not be negative");
    }
  }
}
