package dev.footprint.report.compare;

import dev.footprint.report.HumanSize;
import java.util.Locale;

/** How a metric value reads in text, Markdown and HTML (JSON keeps exact numbers). */
public final class MetricFormat {
  private MetricFormat() {}

  public static String value(String unit, double v) {
    return switch (unit) {
      case "bytes" -> HumanSize.format(Math.round(v));
      case "ms" -> String.format(Locale.ROOT, v >= 100 ? "%.0f ms" : "%.2f ms", v);
      case "s" -> String.format(Locale.ROOT, "%.2f s", v);
      case "1/s" -> String.format(Locale.ROOT, "%.0f/s", v);
      default -> v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    };
  }

  /** "+12.3%", "−4.0%", or "n/a" when A was 0. */
  public static String change(Double percent) {
    if (percent == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+.1f%%", percent);
  }

  /** "12.3 ms (11.9–13.0)": median with the run-to-run range. */
  public static String spread(String unit, double median, double min, double max) {
    if (min == max) {
      return value(unit, median);
    }
    return value(unit, median) + " (" + value(unit, min) + "–" + value(unit, max) + ")";
  }
}
