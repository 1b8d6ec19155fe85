package dev.footprint.runtime.watch;

import java.time.Duration;
import java.util.Locale;

/** Durations written back the way users typed them: 200ms, 4.5s, 5m. */
public final class DurationFormat {
  private DurationFormat() {}

  public static String of(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    return s % 60 == 0 ? s / 60 + "m" : s / 60 + "m" + s % 60 + "s";
  }
}
