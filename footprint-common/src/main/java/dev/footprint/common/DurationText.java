package dev.footprint.common;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations users type on command lines: {@code 200ms}, {@code 30s}, {@code 5m}. */
public final class DurationText {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)?");

  private DurationText() {}

  /** A plain number means seconds, as in docker and wrk. */
  public static Duration parse(String text) throws InvalidInputException {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new InvalidInputException(
          "not a duration: '" + text + "' (use a number with ms, s, m or h, e.g. 200ms, 30s, 5m)");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double nanosPerUnit =
        switch (unit) {
          case "ns" -> 1;
          case "us", "µs" -> 1e3;
          case "ms" -> 1e6;
          case "s" -> 1e9;
          case "m" -> 60e9;
          case "h" -> 3600e9;
          default -> throw new IllegalStateException(unit);
        };
    return Duration.ofNanos(Math.round(value * nanosPerUnit));
  }
}
