package dev.footprint.runtime;

import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.runtime.internal.container.CleanupHook;
import dev.footprint.runtime.internal.container.ContainerRuntime;
import dev.footprint.runtime.internal.container.Launched;
import dev.footprint.runtime.internal.container.RuncRuntime;
import dev.footprint.runtime.internal.container.RuntimeSelector;
import dev.footprint.runtime.internal.load.LoadGenerator;
import dev.footprint.runtime.internal.ready.ReadinessWaiter;
import dev.footprint.runtime.internal.sampling.SampleLoop;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of {@code footprint run}: start, wait for readiness, sample, optionally load, stop,
 * clean up. Every exit path — success, failure, interrupt, Ctrl-C — closes the launched workload.
 * One instance may serve several runs one after another (compare does); not thread-safe.
 */
public final class Runs {
  private static final int LOG_LINES = 5;

  private final RuntimeSelector selector;
  private final CleanupHook hook = new CleanupHook();
  private final LoadGenerator loadGenerator = new LoadGenerator();

  public Runs(RuntimeSelector selector) {
    this.selector = selector;
  }

  public static Runs forHost() {
    return new Runs(RuntimeSelector.forHost());
  }

  /** Runs with temporary bundle directories under {@code tempRoot} (tests check it stays empty). */
  public static Runs withTempRoot(Path tempRoot) {
    return new Runs(RuntimeSelector.forHost().withTempRoot(tempRoot));
  }

  /** The runtime kind a spec would use, detecting when the spec names none. */
  public RuntimeKind runtimeFor(RunSpec spec) throws FootprintException {
    return selector.choose(spec.runtime(), Targets.looksLikeImage(spec.target()));
  }

  public RunResult run(RunSpec spec, RunListener listener) throws FootprintException, IOException, InterruptedException {
    ContainerRuntime runtime = selector.create(runtimeFor(spec));
    refuseBusyPort(spec);
    String digest = runtime instanceof RuncRuntime r ? r.imageDigest(spec.target()) : null;
    Environment env = Environment.ofHost(runtime.kind().cliName(), runtime.version());
    listener.progress("starting " + spec.target() + " with " + runtime.kind().cliName());
    Launched launched = runtime.launch(spec);
    hook.add(launched);
    try (SampleLoop loop = new SampleLoop(launched, spec.interval())) {
      ReadinessWaiter waiter = new ReadinessWaiter(spec.readiness(), launched.logs(), launched::isAlive);
      ReadinessWaiter.Outcome outcome = waiter.await(spec.readyTimeout());
      long startupMs = (System.nanoTime() - launched.startedAtNanos()) / 1_000_000;
      failUnlessReady(outcome, spec, launched);
      listener.progress("ready after " + startupMs + " ms");
      LoadResult load = null;
      if (!(spec.readiness() instanceof Readiness.Exit)) {
        if (spec.load() != null) {
          listener.progress("load: " + spec.load().concurrency() + " connections on " + spec.load().url());
          load = loadGenerator.run(spec.load());
        } else {
          sleepWhileAlive(launched, spec.measure().toMillis());
        }
        if (!launched.isAlive()) {
          launched.logs().drain(500);
          throw new RunFailedException(
              launched.describe() + " stopped during the measurement" + exitText(launched)
                  + " (killed, crashed or out of memory)" + logText(launched));
        }
      }
      loop.finish();
      List<RunSample> samples = loop.samples();
      Integer exit = launched.exitCode().orElse(null);
      if (exit != null) {
        launched.logs().drain(500); // what it printed just before it ended
      }
      return summarize(spec, digest, startupMs, samples, load, exit, env, launched.logs().last(LOG_LINES));
    } finally {
      launched.close();
      hook.remove(launched);
    }
  }

  private static RunResult summarize(
      RunSpec spec, String digest, long startupMs, List<RunSample> samples, LoadResult load, Integer exit, Environment env,
      String logTail) {
    long peak = samples.stream().mapToLong(RunSample::memoryBytes).max().orElse(0);
    double cpu = samples.stream().mapToDouble(RunSample::cpuSeconds).max().orElse(0);
    int pids = samples.stream().mapToInt(RunSample::pids).max().orElse(0);
    int files = samples.stream().mapToInt(RunSample::openFiles).max().orElse(0);
    long read = samples.stream().mapToLong(RunSample::readBytes).max().orElse(0);
    long write = samples.stream().mapToLong(RunSample::writeBytes).max().orElse(0);
    return new RunResult(
        spec.target(), digest, startupMs, samples, peak, cpu, pids, files, read, write, load, exit, spec.limits(), env,
        logTail);
  }

  private static void failUnlessReady(ReadinessWaiter.Outcome outcome, RunSpec spec, Launched launched)
      throws RunFailedException {
    if (outcome == ReadinessWaiter.Outcome.EXITED) {
      launched.logs().drain(1000);
      throw new RunFailedException(
          launched.describe() + " exited before it was ready" + exitText(launched)
              + "; waited for " + spec.readiness().describe() + logText(launched));
    }
    if (outcome == ReadinessWaiter.Outcome.TIMED_OUT) {
      throw new RunFailedException(
          "not ready after " + spec.readyTimeout().toSeconds() + "s: waited for "
              + spec.readiness().describe() + " (raise --ready-timeout or check the probe)"
              + logText(launched));
    }
  }

  /**
   * A port that already answers before the start would make the probe pass against someone
   * else's server and measure nothing.
   */
  private static void refuseBusyPort(RunSpec spec) throws InvalidInputException {
    int port = -1;
    if (spec.readiness() instanceof Readiness.Port p) {
      port = p.port();
    } else if (spec.readiness() instanceof Readiness.Http h) {
      port = h.url().getPort() < 0 ? 80 : h.url().getPort();
    }
    if (port > 0 && Targets.answers(port)) {
      throw new RunFailedException(
          "port " + port + " is already in use on this host; stop what listens there"
              + " (ss -ltnp 'sport = :" + port + "') or probe another port");
    }
  }

  private static void sleepWhileAlive(Launched launched, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end && launched.isAlive()) {
      Thread.sleep(Math.min(20, Math.max(1, end - System.currentTimeMillis())));
    }
  }

  private static String exitText(Launched l) {
    return l.exitCode().map(c -> " with exit code " + c).orElse("");
  }

  private static String logText(Launched l) {
    String tail = l.logs().last(LOG_LINES);
    return tail.isBlank() ? "; it logged nothing" : "; last log lines: " + tail;
  }

  /** Whether something accepts connections on 127.0.0.1:port. */
  static boolean portAnswers(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
