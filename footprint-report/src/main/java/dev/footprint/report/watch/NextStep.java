package dev.footprint.report.watch;

import dev.footprint.runtime.watch.MetricSummary;
import dev.footprint.runtime.watch.Verdict;
import java.util.Optional;

/**
 * What to look at next once a metric is flagged: the root-cause step that usually follows (list the
 * leaked descriptors, dump the threads, take a heap profile, profile during a burst).
 */
final class NextStep {
  private NextStep() {}

  static Optional<String> of(MetricSummary m) {
    if (m.verdict() == Verdict.STEADY) {
      return Optional.empty();
    }
    String name = m.name();
    if (m.verdict() == Verdict.SPIKES) {
      if (name.equals("cpu") || name.equals("cgroup_cpu")) {
        return Optional.of("profile during a burst (perf record -p PID, async-profiler for a JVM, /debug/pprof/profile for Go)");
      }
      if (name.startsWith("jvm_gc")) {
        return Optional.of("record a GC log (-Xlog:gc*) and run footprint gc on it");
      }
      return Optional.of("line the bursts up with requests or timers (--output FILE keeps every reading)");
    }
    return Optional.of(switch (name) {
      case "open_files" -> "list what stays open: ls -l /proc/PID/fd (lsof -p PID; handle.exe on Windows); look for files or sockets never closed";
      case "threads", "cgroup_pids" -> "take thread dumps a minute apart (jcmd PID Thread.print, or --jvm) and compare which pools grow";
      case "processes" -> "list the children (ps --ppid PID); look for workers started and never reaped";
      case "go_goroutines" -> "compare /debug/pprof/goroutine?debug=2 a minute apart: the growing stacks are the leak";
      case "go_heap_inuse", "go_heap_alloc", "go_sys" -> "compare heap profiles (go tool pprof -inuse_space URL/debug/pprof/heap)";
      default -> name.startsWith("jvm_")
          ? "compare class histograms a minute apart (jcmd PID GC.class_histogram) or take a heap dump (jcmd PID GC.heap_dump)"
          : "find what holds the memory: a heap profile (--jvm, --pprof) or pmap -x PID for native memory";
    });
  }
}
