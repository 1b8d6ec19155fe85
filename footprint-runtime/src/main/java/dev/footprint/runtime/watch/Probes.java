package dev.footprint.runtime.watch;

import dev.footprint.common.InvalidInputException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.internal.jvm.JstatProbe;
import dev.footprint.runtime.internal.jvm.LeakDumpListener;
import dev.footprint.runtime.internal.pprof.PprofProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Factory for the runtime-specific probes and helpers a watch can add. */
public final class Probes {
  private Probes() {}

  /** JVM heap and GC figures (jstat -gc). */
  public static Probe jvm(long pid, Duration interval) throws UnavailableException {
    return new JstatProbe(pid, interval);
  }

  /** Goroutines and heap from a Go net/http/pprof endpoint. */
  public static Probe pprof(String url, Duration timeout) throws InvalidInputException {
    return new PprofProbe(url, timeout);
  }

  /** Saves a thread dump and class histogram into {@code folder} when a leak is first flagged. */
  public static WatchListener jvmLeakDumps(long pid, Path folder, Consumer<String> notes) {
    return new LeakDumpListener(pid, folder, notes);
  }

  /**
   * The JVM to probe in a process tree: the root if it is a java launcher, else the first java
   * descendant (a shell script that execs java, a wrapper).
   */
  public static Optional<Long> findJvm(long rootPid) {
    Optional<ProcessHandle> root = ProcessHandle.of(rootPid);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (isJava(root.get())) {
      return Optional.of(rootPid);
    }
    return root.get().descendants().filter(Probes::isJava).map(ProcessHandle::pid).findFirst();
  }

  private static boolean isJava(ProcessHandle p) {
    return p.info().command().map(c -> {
      String name = Path.of(c).getFileName().toString();
      return name.equals("java") || name.equals("java.exe");
    }).orElse(false);
  }
}
