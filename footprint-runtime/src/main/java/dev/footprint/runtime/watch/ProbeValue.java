package dev.footprint.runtime.watch;

import java.util.Objects;

/**
 * A figure from a runtime-specific probe (JVM heap, Go goroutines) taken beside a sample.
 *
 * @param name stable lower-case name, e.g. {@code jvm_heap_used}
 * @param unit {@code bytes}, {@code seconds} or {@code count}
 * @param counter true for cumulative counters (GC count, GC time)
 */
public record ProbeValue(String name, String unit, boolean counter, double value) {
  public ProbeValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }
}
