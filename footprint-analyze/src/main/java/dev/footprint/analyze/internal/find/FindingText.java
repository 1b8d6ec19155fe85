package dev.footprint.analyze.internal.find;

import java.util.Locale;

/** Sizes in finding titles (reports show exact bytes beside them). Stateless. */
final class FindingText {
  private FindingText() {}

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
