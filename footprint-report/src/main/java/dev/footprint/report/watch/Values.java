package dev.footprint.report.watch;

import dev.footprint.report.HumanSize;
import java.util.Locale;

/** Metric values for people: sizes in binary units, seconds to the millisecond, counts whole. */
final class Values {
  private Values() {}

  static String format(double value, String unit) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return switch (unit) {
      case "bytes" -> HumanSize.format(Math.round(value));
      case "seconds" -> String.format(Locale.ROOT, "%.3f s", value);
      default -> Math.abs(value - Math.rint(value)) < 1e-9
          ? String.format(Locale.ROOT, "%.0f", value)
          : String.format(Locale.ROOT, "%.1f", value);
    };
  }

  static String signed(double value, String unit) {
    return (value > 0 ? "+" : "") + format(value, unit);
  }
}
