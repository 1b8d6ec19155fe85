package dev.footprint.runtime;

import java.util.List;

/**
 * One measured run.
 *
 * @param target what ran (image reference or program)
 * @param imageDigest the image config digest for container runs, null for processes
 * @param startupMs start command issued → ready
 * @param samples the time series, in order
 * @param peakMemoryBytes highest working set seen (or the cgroup's own peak when it is larger)
 * @param cpuSeconds CPU time used from start to stop
 * @param maxPids highest task count seen
 * @param maxOpenFiles highest open file count seen
 * @param load the load result, or null without load
 * @param exitCode the program's exit code when it ended by itself, else null
 * @param limits the limits it ran under
 * @param environment the host
 * @param logTail the last lines the target printed (stdout and stderr), for messages about a
 *     failed run; empty when it printed nothing
 */
public record RunResult(
    String target,
    String imageDigest,
    long startupMs,
    List<RunSample> samples,
    long peakMemoryBytes,
    double cpuSeconds,
    int maxPids,
    int maxOpenFiles,
    long readBytes,
    long writeBytes,
    LoadResult load,
    Integer exitCode,
    Limits limits,
    Environment environment,
    String logTail) {

  public RunResult {
    samples = List.copyOf(samples);
  }
}
