package dev.footprint.gc.internal.advice;

import java.util.Locale;

/**
 * Numbers as advice text quotes them: MiB (labelled so: runtime settings and container limits are
 * written in MiB) with no decimals, percents and ms with one. Sizes to set are rounded to a step
 * that reads well: 16 MiB below 1 GiB, 64 MiB above.
 */
final class Figures {
  private static final long MIB = 1L << 20;

  private Figures() {}

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) MIB);
  }

  static String pct(double percent) {
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  static String ms(double ms) {
    return String.format(Locale.ROOT, "%.1f ms", ms);
  }

  /** {@code bytes} rounded up to the step, in bytes. */
  static long roundUp(long bytes) {
    long step = bytes >= 1L << 30 ? 64 * MIB : 16 * MIB;
    return (bytes + step - 1) / step * step;
  }

  /** {@code bytes} in whole MiB, rounded down: the most a cap allows. */
  static long floorMib(long bytes) {
    return bytes / MIB * MIB;
  }

  /** A JVM or docker size value in whole MiB ({@code 48m}); {@code bytes} is used as it is. */
  static String m(long bytes) {
    return (bytes / MIB) + "m";
  }

  /** A GOMEMLIMIT value in whole MiB ({@code 921MiB}), rounded down. */
  static String goSize(long bytes) {
    return (bytes / MIB) + "MiB";
  }
}
