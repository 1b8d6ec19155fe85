package dev.footprint.runtime.sample;

/**
 * The kernel's accounting for one cgroup, read from its control files. Fields the hierarchy does
 * not provide are {@link Sample#UNAVAILABLE}.
 *
 * @param version 1 or 2
 * @param memoryUsageBytes {@code memory.current} (v2) or {@code memory.usage_in_bytes} (v1), page
 *     cache included
 * @param memoryWorkingSetBytes usage − inactive file cache, as docker stats and cAdvisor show it
 * @param memoryPeakBytes {@code memory.peak} (v2, kernel 5.19+) or {@code memory.max_usage_in_bytes}
 * @param memoryLimitBytes {@code memory.max} / {@code memory.limit_in_bytes}; UNAVAILABLE when
 *     unlimited
 * @param pids tasks (threads) in the group, {@code pids.current}
 * @param cpuNanos CPU time of the group, cumulative ({@code cpu.stat usage_usec} /
 *     {@code cpuacct.usage})
 * @param ioReadBytes block I/O read ({@code io.stat rbytes} / blkio service bytes)
 * @param ioWriteBytes block I/O written
 */
public record CgroupStats(
    int version,
    long memoryUsageBytes,
    long memoryWorkingSetBytes,
    long memoryPeakBytes,
    long memoryLimitBytes,
    long pids,
    long cpuNanos,
    long ioReadBytes,
    long ioWriteBytes) {

  public CgroupStats {
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("cgroup version " + version);
    }
  }
}
