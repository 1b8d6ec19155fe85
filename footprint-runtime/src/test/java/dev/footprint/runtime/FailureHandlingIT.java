package dev.footprint.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.internal.bundle.BundleCache;
import dev.footprint.runtime.internal.container.RuntimeSelector;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue item 5: each failure gives one clear message and leaves nothing behind. */
class FailureHandlingIT {
  @TempDir Path temp;

  @AfterEach
  void nothingLeft() throws Exception {
    Leftovers.assertNone(temp);
  }

  private static RunSpec spec(String target, List<String> args, RuntimeKind kind, Readiness ready, Duration timeout, LoadSpec load) {
    return new RunSpec(target, args, kind, ready, timeout, Duration.ofMillis(100), Duration.ofMillis(500), Limits.NONE, load);
  }

  @Test
  void processThatExitsAtOnce_saysSoWithExitCodeAndLog() {
    RunSpec s = spec("/bin/sh", List.of("-c", "echo cannot bind >&2; exit 3"), RuntimeKind.PROCESS,
        new Readiness.Port(freePort()), Duration.ofSeconds(10), null);
    assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
        .isInstanceOf(RunFailedException.class)
        .hasMessageContaining("exited before it was ready with exit code 3")
        .hasMessageContaining("cannot bind");
  }

  @Test
  void imageThatExitsAtOnce_underRunc_saysSoAndRemovesTheContainer() throws Exception {
    assumeThat(Tooling.isRoot() && Tooling.has("runc")).isTrue();
    Path busybox = Tooling.fixtures().resolve("busybox-sh/oci");
    assumeThat(Files.isDirectory(busybox)).as("busybox-sh fixture").isTrue();
    // The image serves on 8080; with 8080 taken its httpd fails to bind and exits at once.
    try (ServerSocket taken = new ServerSocket(8080)) {
      RunSpec s = spec("oci:" + busybox + ":latest", List.of(), RuntimeKind.RUNC,
          new Readiness.LogLine(java.util.regex.Pattern.compile("never printed")), Duration.ofSeconds(20), null);
      assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
          .isInstanceOf(RunFailedException.class)
          .hasMessageContaining("exited before it was ready with exit code 1")
          .hasMessageContaining("in use");
    }
  }

  @Test
  void readinessTimeout_namesTheProbeAndStopsTheProgram() {
    int port = freePort();
    RunSpec s = spec("/bin/sleep", List.of("30"), RuntimeKind.PROCESS, new Readiness.Port(port), Duration.ofSeconds(1), null);
    long before = sleepers();
    assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
        .isInstanceOf(RunFailedException.class)
        .hasMessageContaining("not ready after 1s")
        .hasMessageContaining("port " + port);
    assertThat(sleepers()).isEqualTo(before);
  }

  @Test
  void portAlreadyInUse_isRefusedBeforeStarting() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      RunSpec s = spec("/bin/sleep", List.of("30"), RuntimeKind.PROCESS, new Readiness.Port(busy.getLocalPort()),
          Duration.ofSeconds(5), null);
      assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
          .isInstanceOf(RunFailedException.class)
          .hasMessageContaining("port " + busy.getLocalPort() + " is already in use");
    }
  }

  @Test
  void missingRuntime_isUnavailable() {
    RuntimeSelector none = new RuntimeSelector(name -> Optional.empty(), new BundleCache(temp.resolve("cache")),
        temp, CgroupLayout.ofHost());
    RunSpec s = spec("oci:/nowhere", List.of(), RuntimeKind.PODMAN, new Readiness.Exit(), Duration.ofSeconds(1), null);
    assertThatThrownBy(() -> new Runs(none).run(s, RunListener.NONE))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("podman not found on PATH");
    assertThatThrownBy(() -> none.choose(null, true))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("no container runtime found");
    deleteCache();
  }

  @Test
  void serverKilledDuringLoad_processRuntime_reportsItStopped() throws Exception {
    assumeThat(Tooling.has("go")).isTrue();
    Path hello = Tooling.buildHello("hello-default");
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    RunSpec s = spec(hello.toString(), List.of("127.0.0.1:" + port), RuntimeKind.PROCESS,
        new Readiness.Http(base), Duration.ofSeconds(20), new LoadSpec(base, 2, Duration.ofSeconds(3), 0, Duration.ofSeconds(2)));
    Thread killer = killWhenServing(port, cmd -> cmd.contains(hello.toString()) && !cmd.startsWith("/bin/sh"));
    assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
        .isInstanceOf(RunFailedException.class)
        .hasMessageContaining("stopped during the measurement");
    killer.join();
  }

  @Test
  void runtimeKilledMidway_runc_reportsItAndCleansUp() throws Exception {
    assumeThat(Tooling.isRoot() && Tooling.has("runc")).isTrue();
    Path multi = Tooling.fixtures().resolve("go-multi/oci");
    assumeThat(Files.isDirectory(multi)).as("go-multi fixture").isTrue();
    URI base = URI.create("http://127.0.0.1:8080/");
    RunSpec s = spec("oci:" + multi + ":latest", List.of(), RuntimeKind.RUNC, new Readiness.Http(base),
        Duration.ofSeconds(30), new LoadSpec(base, 2, Duration.ofSeconds(3), 0, Duration.ofSeconds(2)));
    // Kill the "runc run" process itself: the container outlives it, so only footprint's cleanup
    // (runc kill + delete) can remove it.
    Thread killer = killWhenServing(8080, cmd -> cmd.contains("runc run --bundle " + temp));
    assertThatThrownBy(() -> Runs.withTempRoot(temp).run(s, RunListener.NONE))
        .isInstanceOf(RunFailedException.class)
        .hasMessageContaining("stopped during the measurement");
    killer.join();
  }

  /** Once the port serves, SIGKILLs the first descendant whose command line matches. */
  private static Thread killWhenServing(int port, java.util.function.Predicate<String> command) {
    AtomicBoolean done = new AtomicBoolean();
    Thread t = new Thread(() -> {
      long deadline = System.currentTimeMillis() + 30_000;
      while (!done.get() && System.currentTimeMillis() < deadline) {
        if (Runs.portAnswers(port)) {
          sleep(500);
          ProcessHandle.current().descendants()
              .filter(p -> p.info().commandLine().map(command::test).orElse(false))
              .findFirst()
              .ifPresent(p -> {
                p.destroyForcibly();
                done.set(true);
              });
        }
        sleep(50);
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static long sleepers() {
    return ProcessHandle.current().descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("sleep")).orElse(false)).count();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void deleteCache() {
    try {
      dev.footprint.common.AtomicOutput.deleteTree(temp.resolve("cache"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
