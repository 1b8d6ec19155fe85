package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.footprint.runtime.internal.container.Tools;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT to the footprint JVM) in the middle of a measurement: the shutdown hook must stop
 * the container and remove its cgroup, overlay mount and bundle directory.
 */
class CtrlCCleanupIT {
  @TempDir Path temp;

  @Test
  void sigint_duringRuncMeasurement_leavesNothingBehind() throws Exception {
    assumeThat(System.getProperty("user.name")).isEqualTo("root");
    assumeThat(Tools.onPath("runc")).isPresent();
    Path multi = fixtures().resolve("go-multi/oci");
    assumeThat(Files.isDirectory(multi)).as("go-multi fixture").isTrue();
    assumeThat(answers(8080)).as("port 8080 free").isFalse();

    Process footprint = start("run", "--runtime", "runc", "oci:" + multi + ":latest",
        "--ready-http", "http://127.0.0.1:8080/healthz", "--measure", "60s");
    awaitServing(footprint);
    assertThat(runcContainers()).anyMatch(id -> id.matches("footprint-[0-9a-f]{12}"));

    new ProcessBuilder("kill", "-INT", Long.toString(footprint.pid())).start().waitFor();
    assertThat(footprint.waitFor(30, TimeUnit.SECONDS)).as("footprint stops on SIGINT").isTrue();

    assertThat(answers(8080)).as("service stopped").isFalse();
    assertThat(runcContainers()).noneMatch(id -> id.matches("footprint-[0-9a-f]{12}"));
    assertThat(Files.readString(Path.of("/proc/self/mountinfo"))).doesNotContain(temp.toString());
    try (Stream<Path> s = Files.list(temp)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith("footprint-run-")).toList()).isEmpty();
    }
    try (Stream<Path> s = Files.list(Path.of("/sys/fs/cgroup/memory"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.matches("footprint-[0-9a-f]{12}")).toList()).isEmpty();
    }
  }

  private Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), "dev.footprint.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(temp.resolve("footprint.log").toFile()).start();
  }

  private void awaitServing(Process p) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!answers(8080)) {
      assertThat(p.isAlive()).as("footprint alive; log: " + log()).isTrue();
      assertThat(System.currentTimeMillis()).as("service up in time").isLessThan(deadline);
      Thread.sleep(100);
    }
    Thread.sleep(500);
  }

  private String log() throws IOException {
    Path f = temp.resolve("footprint.log");
    return Files.exists(f) ? Files.readString(f) : "";
  }

  private static boolean answers(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> runcContainers() throws Exception {
    Process p = new ProcessBuilder("runc", "list", "-q").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor(10, TimeUnit.SECONDS);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  private static Path fixtures() {
    String p = System.getProperty("footprint.fixtures");
    return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache/footprint/fixtures");
  }
}
