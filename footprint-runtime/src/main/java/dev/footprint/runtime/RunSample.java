package dev.footprint.runtime;

/**
 * One point of the time series taken while a service runs.
 *
 * @param elapsedMs time since the start command was issued
 * @param cpuSeconds cumulative CPU time (user + system) of the container or process tree
 * @param memoryBytes working set: usage minus inactive file cache for a cgroup (as docker stats),
 *     resident set size for a process tree without a cgroup
 * @param pids tasks (threads) in the cgroup, or threads of the process tree
 * @param openFiles open file descriptors over all processes
 * @param readBytes cumulative bytes read from storage
 * @param writeBytes cumulative bytes written to storage
 */
public record RunSample(
    long elapsedMs,
    double cpuSeconds,
    long memoryBytes,
    int pids,
    int openFiles,
    long readBytes,
    long writeBytes) {}
