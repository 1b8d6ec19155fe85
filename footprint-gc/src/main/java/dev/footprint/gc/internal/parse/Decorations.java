package dev.footprint.gc.internal.parse;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Splits a unified-logging line into its decorations and message. HotSpot prints decorations in a
 * fixed order (time, utctime, uptime, timemillis, uptimemillis, timenanos, uptimenanos, hostname,
 * pid, tid, level, tags) and any subset may be configured, so each is recognised by its shape; the
 * tags are always last. Uptimes may use a decimal comma ({@code [2,048s]}) in some locales. Lines
 * with only wall-clock decorations are timed relative to the first one seen.
 */
final class Decorations {
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendPattern("[XX][XXX]")
          .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
          .toFormatter();

  double seconds;
  String tags;
  String message;
  private double firstWallSeconds = Double.NaN;

  /** False when the line is not a unified-logging line. */
  boolean parse(String line) {
    if (line.isEmpty() || line.charAt(0) != '[') {
      return false;
    }
    seconds = Double.NaN;
    tags = null;
    int tagsFrom = -1;
    int tagsTo = -1;
    double wall = Double.NaN;
    String date = null;
    int p = 0;
    int n = line.length();
    while (p < n && line.charAt(p) == '[') {
      int close = line.indexOf(']', p);
      if (close < 0) {
        return false;
      }
      int a = p + 1;
      int b = close;
      while (b > a && line.charAt(b - 1) == ' ') {
        b--;
      }
      char c0 = a < b ? line.charAt(a) : ' ';
      if (Character.isDigit(c0)) {
        if (line.charAt(b - 1) == 's' && isNumberWithUnit(line, a, b)) {
          double v = numberWithUnit(line, a, b);
          boolean epoch = v > 1e8; // timemillis/timenanos: seconds since 1970, not uptime
          if (epoch) {
            wall = v;
          } else if (Double.isNaN(seconds)) {
            seconds = v;
          }
        } else if (line.indexOf('T', a) > 0 && line.indexOf('T', a) < b) {
          date = line.substring(a, b);
        }
      } else if (a < b) {
        tagsFrom = a; // level and hostname come first; the tags are always the last decoration
        tagsTo = b;
      }
      p = close + 1;
    }
    if (tagsFrom < 0) {
      return false;
    }
    tags = tags(line, tagsFrom, tagsTo);
    if (Double.isNaN(seconds)) {
      if (Double.isNaN(wall) && date != null) {
        wall = parseDate(date);
      }
      if (!Double.isNaN(wall)) {
        if (Double.isNaN(firstWallSeconds)) {
          firstWallSeconds = wall;
        }
        seconds = wall - firstWallSeconds;
      }
    }
    while (p < n && line.charAt(p) == ' ') {
      p++;
    }
    message = line.substring(p);
    return true;
  }

  private static final String[] COMMON = {"gc", "gc,heap", "gc,phases", "gc,init", "safepoint", "gc,start"};

  /** The tags, without allocating for the handful every gc log repeats millions of times. */
  private static String tags(String line, int a, int b) {
    for (String t : COMMON) {
      if (t.length() == b - a && line.startsWith(t, a)) {
        return t;
      }
    }
    return line.substring(a, b);
  }

  private static boolean isNumberWithUnit(String s, int a, int b) {
    for (int i = a; i < b - 1; i++) {
      char c = s.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == ',' || c == 'm' || c == 'n')) {
        return false;
      }
    }
    return true;
  }

  /** Seconds from {@code 0.202s}, {@code 2,048s}, {@code 233ms} or {@code 1234ns}. */
  private static double numberWithUnit(String s, int a, int b) {
    double scale = 1;
    int end = b - 1;
    if (end > a && s.charAt(end - 1) == 'm') {
      scale = 1e-3;
      end--;
    } else if (end > a && s.charAt(end - 1) == 'n') {
      scale = 1e-9;
      end--;
    }
    return DecimalText.decimal(s, a, end) * scale; // NaN when malformed: the line has no uptime
  }

  private static double parseDate(String text) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(text, TIME);
      return t.toEpochSecond() + t.getNano() / 1e9;
    } catch (DateTimeParseException e) {
      return Double.NaN;
    }
  }
}
