package dev.footprint.runtime.watch;

/** What a metric's shape over the watch suggests. */
public enum Verdict {
  /** Steady growth that did not level off: likely a leak (memory, threads, handles). */
  LEAK,
  /** Recurring short bursts above the usual level: a hot path worth profiling. */
  SPIKES,
  /** Neither. */
  STEADY;

  /** Lower-case form used in JSON and text. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
