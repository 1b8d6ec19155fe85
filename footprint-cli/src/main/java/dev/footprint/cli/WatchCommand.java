package dev.footprint.cli;

import dev.footprint.common.DurationText;
import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.report.Style;
import dev.footprint.report.watch.LiveTable;
import dev.footprint.report.watch.PrometheusEndpoint;
import dev.footprint.report.watch.SeriesColumns;
import dev.footprint.report.watch.SeriesWriter;
import dev.footprint.report.watch.WatchReport;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.Sampler;
import dev.footprint.runtime.sample.Samplers;
import dev.footprint.runtime.watch.Probe;
import dev.footprint.runtime.watch.Probes;
import dev.footprint.runtime.watch.TrendClassifier;
import dev.footprint.runtime.watch.WatchListener;
import dev.footprint.runtime.watch.WatchSummary;
import dev.footprint.runtime.watch.Watcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footprint watch PID | --container ID | -- COMMAND}: sample over time, judge trends. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Sample a process tree, container or command over time; flag leaks (steady growth) and hot paths (recurring spikes).",
        "Ends at --duration, when the watched process ends, or on Ctrl-C; then prints a summary."})
final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "PID | -- COMMAND", arity = "0..*", description = "A process id, or after -- a command to start and watch.") List<String> args = new ArrayList<>();
  @Option(names = "--container", paramLabel = "ID", description = "A container id (or unique prefix) or cgroup directory.") String container;
  @Option(names = {"-i", "--interval"}, paramLabel = "DURATION", defaultValue = "1s", description = "Time between readings, e.g. 200ms (default ${DEFAULT-VALUE}).") String interval;
  @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", description = "Stop after this long, e.g. 30s, 5m (default: until the target ends or Ctrl-C).") String duration;
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write every reading to FILE: CSV for .csv, else JSON lines.") Path output;
  @Option(names = "--output-format", paramLabel = "csv|jsonl", description = "Series format, overriding FILE's extension.") SeriesWriter.Format outputFormat;
  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Summary format (default ${DEFAULT-VALUE}).") String format;
  @Option(names = "--prometheus", paramLabel = "PORT", description = "Serve the latest reading at http://127.0.0.1:PORT/metrics.") Integer prometheus;
  @Option(names = "--jvm", description = "Add JVM heap and GC figures (jstat); on a leak save a thread dump and class histogram (jcmd).") boolean jvm;
  @Option(names = "--dump-dir", paramLabel = "DIR", description = "Folder for --jvm leak dumps (default footprint-watch-PID-TIME).") Path dumpDir;
  @Option(names = "--pprof", paramLabel = "URL", description = "Add goroutines and heap from a Go net/http/pprof endpoint, e.g. http://127.0.0.1:6060.") String pprof;
  @Option(names = "--no-descendants", description = "Watch only the process itself, not its children.") boolean noDescendants;
  @Option(names = "--fail-on-leak", description = "Exit 1 when a leak is flagged.") boolean failOnLeak;
  @Option(names = "--no-color", description = "Plain text even on a terminal.") boolean noColor;
  @Option(names = "--verbose", description = "Show stack traces on errors.") boolean verbose;

  @Override
  public Integer call() throws Exception {
    // Ctrl-C or SIGTERM: stop the watch, then let the JVM exit only once the summary is printed,
    // the series file moved into place and a started COMMAND stopped (bounded wait).
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      Watcher w = current;
      if (w != null) {
        w.stop();
      }
      try {
        finished.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "footprint-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return watch();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running and waits for the countDown above
      }
    }
  }

  private volatile Watcher current;

  private int watch() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      throw new InvalidInputException("--format must be text or json, not '" + format + "'");
    }
    Duration every = DurationText.parse(interval);
    Duration limit = duration == null ? null : DurationText.parse(duration);
    if (every.isZero() || limit != null && limit.isZero()) {
      throw new InvalidInputException("--interval and --duration must be longer than 0");
    }
    WatchTargetArgs given = WatchTargetArgs.of(spec.commandLine().getParseResult().originalArgs(), args, container);
    if (jvm && given.container() != null) {
      throw new InvalidInputException("--jvm needs a PID or -- COMMAND, not --container");
    }
    try (WatchedCommand started = given.command().isEmpty() ? null : WatchedCommand.start(given.command())) {
      SampleTarget target = target(given, started);
      List<WatchListener> listeners = new ArrayList<>();
      List<String> lateNotes = new ArrayList<>();
      List<Probe> probes = probes(target, every, listeners, lateNotes);
      Style style = new Style(!noColor && System.console() != null && System.getenv("NO_COLOR") == null);
      if (format.equals("text") && System.console() != null) {
        listeners.add(new LiveTable(out, style, "footprint watch: " + target.describe()));
      }
      SeriesWriter series = null;
      if (output != null) {
        series = new SeriesWriter(output, outputFormat != null ? outputFormat : SeriesWriter.Format.byExtension(output), SeriesColumns.of(target, probes));
        listeners.add(series);
      }
      try (Sampler sampler = Samplers.forTarget(target);
          PrometheusEndpoint endpoint = prometheus == null ? null : endpoint(prometheus)) {
        if (endpoint != null) {
          listeners.add(endpoint);
          err.println("footprint: serving metrics at http://127.0.0.1:" + endpoint.port() + "/metrics");
          err.flush();
        }
        Watcher watcher = new Watcher(sampler, probes, every, limit, listeners);
        WatchSummary summary = runUntilDone(watcher, series);
        summary = withNotes(summary, lateNotes, started, output);
        out.print(format.equals("json") ? WatchReport.json(summary) : WatchReport.text(summary, style));
        out.flush();
        return failOnLeak && !summary.leaks().isEmpty() ? ExitCode.GATE_FAILED : ExitCode.OK;
      }
    }
  }

  /** Runs the watch; an unfinished series file is dropped if it fails. */
  private WatchSummary runUntilDone(Watcher watcher, SeriesWriter series) throws Exception {
    current = watcher;
    boolean ok = false;
    try {
      WatchSummary summary = watcher.run(new TrendClassifier());
      ok = true;
      return summary;
    } finally {
      if (!ok && series != null) {
        series.discard();
      }
    }
  }

  private static WatchSummary withNotes(WatchSummary s, List<String> extra, WatchedCommand started, Path output) {
    List<String> notes = new ArrayList<>(s.notes());
    notes.addAll(extra);
    if (output != null) {
      notes.add("readings written to " + output);
    }
    if (started != null && started.exitCode() != null) {
      notes.add("command exited with code " + started.exitCode());
    }
    return new WatchSummary(s.target(), s.start(), s.end(), s.readings(), s.endReason(), s.metrics(), notes);
  }

  private SampleTarget target(WatchTargetArgs given, WatchedCommand started) throws FootprintException {
    if (given.container() != null) {
      return Samplers.locateCgroup(given.container());
    }
    long pid = started != null ? started.pid() : given.pid();
    return new SampleTarget.ProcessTree(pid, !noDescendants);
  }

  /** --jvm and --pprof probes, and the JVM leak-dump listener. */
  private List<Probe> probes(SampleTarget target, Duration every, List<WatchListener> listeners, List<String> notes)
      throws FootprintException {
    List<Probe> probes = new ArrayList<>();
    if (jvm) {
      long root = ((SampleTarget.ProcessTree) target).pid();
      long jvmPid = Probes.findJvm(root).orElse(root);
      probes.add(Probes.jvm(jvmPid, every));
      Path folder = dumpDir != null ? dumpDir
          : Path.of("footprint-watch-" + jvmPid + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      listeners.add(Probes.jvmLeakDumps(jvmPid, folder, notes::add));
    }
    if (pprof != null) {
      probes.add(Probes.pprof(pprof, Duration.ofSeconds(5)));
    }
    return probes;
  }

  private static PrometheusEndpoint endpoint(int port) throws Exception {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--prometheus port must be 0-65535, not " + port);
    }
    try {
      return new PrometheusEndpoint(port);
    } catch (java.net.BindException e) {
      throw new InvalidInputException("--prometheus: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
    }
  }
}
