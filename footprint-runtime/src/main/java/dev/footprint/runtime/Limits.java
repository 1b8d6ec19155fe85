package dev.footprint.runtime;

/**
 * Resource limits that emulate a smaller host. Zero means "no limit" for either field.
 *
 * @param cpus CPU quota in cores (1.5 = 150 ms of CPU per 100 ms period)
 * @param memoryBytes memory limit in bytes
 */
public record Limits(double cpus, long memoryBytes) {
  public static final Limits NONE = new Limits(0, 0);

  public Limits {
    if (cpus < 0 || memoryBytes < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  public boolean any() {
    return cpus > 0 || memoryBytes > 0;
  }

  /** CFS quota for a 100 ms period, as docker --cpus computes it. */
  public long cpuQuotaMicros() {
    return Math.round(cpus * CPU_PERIOD_MICROS);
  }

  public static final long CPU_PERIOD_MICROS = 100_000;
}
