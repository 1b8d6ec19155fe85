package dev.footprint.gc.internal.advice;

import java.util.Locale;

/** Numbers as advice text quotes them: MiB with no decimals, percents with one, ms with one. */
final class Figures {
  private static final double MIB = 1 << 20;

  private Figures() {}

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / MIB);
  }

  static String pct(double percent) {
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  static String ms(double ms) {
    return String.format(Locale.ROOT, "%.1f ms", ms);
  }

  /** A JVM size option value in whole MiB ({@code 2048m}), rounded up to a multiple of 64. */
  static String jvmSize(long bytes) {
    long m = (long) Math.ceil(bytes / MIB / 64) * 64;
    return m + "m";
  }

  /** A GOMEMLIMIT value in whole MiB ({@code 921MiB}). */
  static String goSize(long bytes) {
    return (long) Math.floor(bytes / MIB) + "MiB";
  }
}
