package dev.footprint.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare in process mode: two builds of the same Go server, default vs stripped. */
class ProcessCompareIT {
  @TempDir Path temp;

  @Test
  void compare_twoBuildsOfAGoServer_reportsSmallerBinaryAndBothServeLoad() throws Exception {
    assumeThat(Tooling.has("go")).as("go is installed").isTrue();
    Path plain = Tooling.buildHello("hello-default");
    Path stripped = Tooling.buildHello("hello-stripped", "-trimpath", "-ldflags=-s -w");
    int port = 18300 + (int) (ProcessHandle.current().pid() % 500);
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    RunSpec spec = new RunSpec(plain.toString(), List.of("127.0.0.1:" + port), RuntimeKind.PROCESS,
        new Readiness.Http(base.resolve("/healthz")), Duration.ofSeconds(20), Duration.ofMillis(100),
        Duration.ofSeconds(1), Limits.NONE, new LoadSpec(base, 4, null, 3000, Duration.ofSeconds(5)));

    Comparison c = new Comparisons(Runs.withTempRoot(temp)).compare(spec, stripped.toString(), 2, m -> {});

    Map<String, MetricChange> m = c.metrics().stream().collect(Collectors.toMap(MetricChange::name, Function.identity()));
    assertThat(m).containsKeys("imageSizeBytes", "startupMs", "peakMemoryBytes", "cpuSeconds",
        "requestsPerSecond", "latencyP99Ms");
    MetricChange size = m.get("imageSizeBytes");
    assertThat(size.a().median()).isEqualTo((double) Files.size(plain));
    assertThat(size.b().median()).isEqualTo((double) Files.size(stripped));
    assertThat(size.changePercent()).isLessThan(-10.0);
    assertThat(size.significant()).isTrue();
    assertThat(c.runsA()).hasSize(2);
    assertThat(c.runsB()).hasSize(2);
    for (RunResult r : c.runsA()) {
      assertThat(r.load().requests()).isEqualTo(3000);
      assertThat(r.load().errors()).isZero();
      assertThat(r.startupMs()).isPositive().isLessThan(20_000);
      assertThat(r.peakMemoryBytes()).isGreaterThan(1 << 20);
      assertThat(r.cpuSeconds()).isPositive();
      assertThat(r.samples()).isNotEmpty();
    }
    Leftovers.assertNone(temp);
  }
}
