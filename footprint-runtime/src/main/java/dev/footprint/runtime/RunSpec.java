package dev.footprint.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to start and measure one service the same way every time.
 *
 * @param target an image reference for container runtimes, the program for {@link RuntimeKind#PROCESS}
 * @param args arguments: replace the image's CMD, or follow the program
 * @param runtime the runtime, or null to detect one
 * @param readiness when the service counts as started
 * @param readyTimeout how long to wait for readiness before giving up
 * @param interval time between samples
 * @param measure how long to keep sampling after readiness when there is no load
 * @param limits CPU and memory limits, {@link Limits#NONE} for none
 * @param load an HTTP load to apply once ready, or null
 */
public record RunSpec(
    String target,
    List<String> args,
    RuntimeKind runtime,
    Readiness readiness,
    Duration readyTimeout,
    Duration interval,
    Duration measure,
    Limits limits,
    LoadSpec load) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_MEASURE = Duration.ofSeconds(2);

  public RunSpec {
    Objects.requireNonNull(target, "target");
    args = List.copyOf(args);
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(limits, "limits");
    if (interval.toMillis() < 10) {
      throw new IllegalArgumentException("interval must be at least 10ms");
    }
  }

  /** The same spec with another target (compare runs A and B with identical settings). */
  public RunSpec withTarget(String otherTarget) {
    return new RunSpec(otherTarget, args, runtime, readiness, readyTimeout, interval, measure, limits, load);
  }

  public RunSpec withRuntime(RuntimeKind kind) {
    return new RunSpec(target, args, kind, readiness, readyTimeout, interval, measure, limits, load);
  }
}
