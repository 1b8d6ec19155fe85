package dev.footprint.report;

import java.util.Locale;

/** Byte counts as people read them: binary units, one decimal from KB up ("2.1 MB"). */
public final class HumanSize {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

  private HumanSize() {}

  /** Units are powers of 1024, labelled as dive and docker label them. */
  public static String format(long bytes) {
    if (bytes < 0) {
      return "-" + format(-bytes);
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
