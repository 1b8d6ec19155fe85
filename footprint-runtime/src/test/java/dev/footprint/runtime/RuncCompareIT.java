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

/** compare under runc: the single-stage Go image against the multi-stage one, with load. */
class RuncCompareIT {
  @TempDir Path temp;

  @Test
  void compare_singleVsMultiStageGoImages_multiStageIsSmallerAndBothServe() throws Exception {
    assumeThat(Tooling.isRoot() && Tooling.has("runc")).as("runc as root").isTrue();
    Path single = Tooling.fixtures().resolve("go-single/docker-archive.tar");
    Path multi = Tooling.fixtures().resolve("go-multi/oci");
    assumeThat(Files.exists(single) && Files.isDirectory(multi)).as("go fixtures built").isTrue();
    URI base = URI.create("http://127.0.0.1:8080/");
    RunSpec spec = new RunSpec("docker-archive:" + single, List.of(), RuntimeKind.RUNC,
        new Readiness.Http(base.resolve("/healthz")), Duration.ofSeconds(60), Duration.ofMillis(100),
        Duration.ofSeconds(1), new Limits(1, 512L << 20), new LoadSpec(base, 8, Duration.ofSeconds(2), 0, Duration.ofSeconds(5)));

    Comparison c = new Comparisons(Runs.withTempRoot(temp)).compare(spec, "oci:" + multi + ":latest", 2, m -> {});

    Map<String, MetricChange> m = c.metrics().stream().collect(Collectors.toMap(MetricChange::name, Function.identity()));
    MetricChange size = m.get("imageSizeBytes");
    assertThat(size.b().median()).isLessThan(size.a().median() / 10);
    assertThat(size.significant()).isTrue();
    assertThat(m.get("layers").a().median()).isGreaterThan(m.get("layers").b().median());
    assertThat(c.staticA().layerSizes()).hasSize(c.staticA().layers());
    for (RunResult r : concat(c.runsA(), c.runsB())) {
      assertThat(r.imageDigest()).startsWith("sha256:");
      assertThat(r.load().requests()).isPositive();
      assertThat(r.load().errors()).isZero();
      assertThat(r.load().p99Ms()).isPositive();
      assertThat(r.peakMemoryBytes()).isBetween(1L << 20, 512L << 20);
      assertThat(r.cpuSeconds()).isPositive().isLessThan(2 * 1.0 * 5); // 1-CPU limit over the run
      assertThat(r.maxPids()).isPositive();
    }
    assertThat(m.get("requestsPerSecond").a().median()).isPositive();
    Leftovers.assertNone(temp);
  }

  private static List<RunResult> concat(List<RunResult> a, List<RunResult> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
