package dev.footprint.runtime.internal.jvm;

import dev.footprint.common.FootprintException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.watch.Probe;
import dev.footprint.runtime.watch.ProbeValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * JVM heap and GC figures from one long-running {@code jstat -gc PID INTERVAL} process, read line by
 * line on a daemon thread: jstat reads the JVM's perf-data memory, so the target is not paused, and
 * one process for the whole watch avoids starting a JVM per sample. A JVM that has not yet published
 * perf data (just started) is retried once a second.
 */
public final class JstatProbe implements Probe {
  private static final int MAX_STARTS = 30;
  private final long pid;
  private final Duration interval;
  private final Path jstat;
  private volatile List<ProbeValue> latest = List.of();
  private volatile String failure;
  private Process process;
  private long lastStart;
  private int starts;

  public JstatProbe(long pid, Duration interval) throws UnavailableException {
    this.pid = pid;
    this.interval = interval;
    this.jstat = JdkTools.find("jstat");
  }

  @Override
  public String name() {
    return "jvm";
  }

  /** The names {@link JstatLine} produces, in its order. */
  public static final List<String> NAMES = List.of("jvm_heap_used", "jvm_heap_committed", "jvm_old_used",
      "jvm_metaspace_used", "jvm_gc_count", "jvm_full_gc_count", "jvm_gc_seconds");

  @Override
  public List<String> metricNames() {
    return NAMES;
  }

  @Override
  public List<ProbeValue> read() throws FootprintException {
    if ((process == null || !process.isAlive()) && latest.isEmpty()) {
      long now = System.nanoTime();
      if (starts >= MAX_STARTS) {
        throw new UnavailableException("jstat could not read JVM " + pid + (failure == null ? "" : ": " + failure));
      }
      if (process == null || now - lastStart > 1_000_000_000L) {
        start();
        lastStart = now;
      }
    }
    return latest;
  }

  private void start() throws UnavailableException {
    starts++;
    long ms = Math.max(1, interval.toMillis());
    ProcessBuilder pb = new ProcessBuilder(jstat.toString(), "-J-Duser.language=en", "-J-Duser.country=US",
        "-gc", Long.toString(pid), ms + "ms").redirectErrorStream(true);
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new UnavailableException("cannot start " + jstat + ": " + e.getMessage(), e);
    }
    Process p = process;
    Thread reader = new Thread(() -> pump(p), "jstat-" + pid);
    reader.setDaemon(true);
    reader.start();
  }

  private void pump(Process p) {
    JstatLine parser = new JstatLine();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (parser.header(line)) {
          continue;
        }
        List<ProbeValue> values = parser.values(line);
        if (values.isEmpty()) {
          failure = line.strip();
        } else {
          latest = values;
        }
      }
    } catch (IOException e) {
      failure = e.getMessage();
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
    }
  }
}
