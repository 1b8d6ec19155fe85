package dev.footprint.runtime.sample;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One reading of a watched target. Counters (CPU, I/O) are cumulative since the processes started,
 * gauges are point-in-time; rates are left to the reader so no information is lost. A figure the
 * host could not provide is {@link #UNAVAILABLE} and {@link #notes()} says why — never a silent 0.
 *
 * <p>For a process tree every figure is the sum over the root and its live descendants; for a
 * cgroup it is the sum over the processes in it, and {@link #cgroup()} carries the kernel's own
 * accounting for the group.
 *
 * @param timestamp wall-clock time the reading was taken
 * @param processes number of processes summed
 * @param cpuNanos user + system CPU time, cumulative
 * @param residentBytes resident set (Linux RSS, Windows working set)
 * @param privateBytes memory not shared with other processes (Linux RSS − shared, i.e. anonymous;
 *     Windows private working set)
 * @param threads live threads
 * @param openFiles open file descriptors (Linux, macOS) or kernel handles (Windows)
 * @param readBytes bytes read from storage (Linux {@code /proc/PID/io read_bytes}; Windows all I/O)
 * @param writeBytes bytes written to storage
 * @param cgroup the cgroup's own figures, present only for a cgroup target
 * @param notes why figures are unavailable, e.g. a permission error, one line each
 */
public record Sample(
    Instant timestamp,
    long processes,
    long cpuNanos,
    long residentBytes,
    long privateBytes,
    long threads,
    long openFiles,
    long readBytes,
    long writeBytes,
    Optional<CgroupStats> cgroup,
    List<String> notes) {

  /** Marks a figure the host could not provide; {@link #notes()} says why. */
  public static final long UNAVAILABLE = -1;

  public Sample {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(cgroup, "cgroup");
    notes = List.copyOf(notes);
  }

  /** CPU time in seconds, the unit Prometheus and pidstat use; NaN when unavailable. */
  public double cpuSeconds() {
    return cpuNanos == UNAVAILABLE ? Double.NaN : cpuNanos / 1e9;
  }

  /**
   * The figure for one metric in its {@link Metric#unit()}, empty when unavailable or not
   * applicable (cgroup metrics for a process target).
   */
  public OptionalDouble value(Metric metric) {
    long raw =
        switch (metric) {
          case CPU -> cpuNanos;
          case RESIDENT -> residentBytes;
          case PRIVATE -> privateBytes;
          case THREADS -> threads;
          case OPEN_FILES -> openFiles;
          case READ -> readBytes;
          case WRITE -> writeBytes;
          case PROCESSES -> processes;
          case CGROUP_MEMORY -> cgroup.map(CgroupStats::memoryUsageBytes).orElse(UNAVAILABLE);
          case CGROUP_WORKING_SET ->
              cgroup.map(CgroupStats::memoryWorkingSetBytes).orElse(UNAVAILABLE);
          case CGROUP_PIDS -> cgroup.map(CgroupStats::pids).orElse(UNAVAILABLE);
          case CGROUP_CPU -> cgroup.map(CgroupStats::cpuNanos).orElse(UNAVAILABLE);
        };
    if (raw == UNAVAILABLE) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(metric.unit().equals("seconds") ? raw / 1e9 : raw);
  }
}
