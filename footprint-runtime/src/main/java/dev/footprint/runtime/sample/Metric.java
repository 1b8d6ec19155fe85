package dev.footprint.runtime.sample;

/**
 * The figures a {@link Sample} carries, with a stable name (used in CSV headers, JSON and
 * Prometheus names) and a unit. Counters only grow while the processes live; gauges go up and down.
 */
public enum Metric {
  CPU("cpu", "seconds", true),
  RESIDENT("resident", "bytes", false),
  PRIVATE("private", "bytes", false),
  THREADS("threads", "count", false),
  OPEN_FILES("open_files", "count", false),
  READ("read", "bytes", true),
  WRITE("write", "bytes", true),
  PROCESSES("processes", "count", false),
  CGROUP_MEMORY("cgroup_memory", "bytes", false),
  CGROUP_WORKING_SET("cgroup_working_set", "bytes", false),
  CGROUP_PIDS("cgroup_pids", "count", false),
  CGROUP_CPU("cgroup_cpu", "seconds", true);

  private final String id;
  private final String unit;
  private final boolean counter;

  Metric(String id, String unit, boolean counter) {
    this.id = id;
    this.unit = unit;
    this.counter = counter;
  }

  /** Lower-case name, stable across releases. */
  public String id() {
    return id;
  }

  /** {@code seconds}, {@code bytes} or {@code count}. */
  public String unit() {
    return unit;
  }

  /** True for cumulative counters (CPU time, I/O bytes), whose growth is work, not a leak. */
  public boolean counter() {
    return counter;
  }
}
