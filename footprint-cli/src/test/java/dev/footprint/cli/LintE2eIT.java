package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the naive and the lint-advised Dockerfile of testdata/lint-e2e with buildah and checks
 * that following the advice gives a smaller image whose service still answers.
 */
class LintE2eIT {
  private static final String BASE = "localhost/debian-golang";
  private static final String NAIVE = "localhost/footprint-lint-e2e-naive:latest";
  private static final String ADVISED = "localhost/footprint-lint-e2e-advised:latest";
  private static final List<String> CONTAINERS = new ArrayList<>();

  record Result(int code, String out) {}

  static Result buildah(Duration timeout, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("buildah", "--storage-driver", "vfs"));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile("buildah", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("buildah " + String.join(" ", args) + " timed out");
    }
    String out = Files.readString(log);
    Files.deleteIfExists(log);
    return new Result(p.exitValue(), out);
  }

  private static void requireBase() throws Exception {
    boolean tool = Files.isExecutable(Path.of("/usr/bin/buildah"));
    String why = tool ? null : "buildah is not installed";
    if (tool) {
      // Another buildah holding the storage lock makes this wait; give it time, then skip.
      try {
        if (buildah(Duration.ofMinutes(10), "inspect", "--type", "image", BASE).code() != 0) {
          why = BASE + " is not in buildah's vfs storage (run scripts/fixtures.sh)";
        }
      } catch (AssertionError timedOut) {
        why = "buildah storage stayed locked for 10 minutes";
      }
    }
    if (why != null) {
      assertThat(System.getenv("CI")).as("on CI: " + why).isNotEqualTo("true");
      assumeTrue(false, why);
    }
  }

  private static void build(String dockerfile, String tag) throws Exception {
    Result r = buildah(Duration.ofMinutes(20), "bud", "--layers", "--pull-never", "--isolation", "chroot",
        "-f", LintE2eTest.DIR.resolve(dockerfile).toString(), "-t", tag, LintE2eTest.DIR.toString());
    assertThat(r.code()).as("buildah bud %s:%n%s", dockerfile, r.out()).isZero();
  }

  /** buildah prints sizes like "612 MB" or "1.95 MB"; three digits are plenty to compare. */
  static long size(String image) throws Exception {
    Result r = buildah(Duration.ofMinutes(1), "images", "--format", "{{.Size}}", image);
    Matcher m = Pattern.compile("([0-9.]+)\\s*([kKMG]?B)").matcher(r.out());
    assertThat(m.find()).as("size of %s: %s", image, r.out()).isTrue();
    double v = Double.parseDouble(m.group(1));
    long unit = switch (m.group(2).toUpperCase()) {
      case "KB" -> 1000L;
      case "MB" -> 1000L * 1000;
      case "GB" -> 1000L * 1000 * 1000;
      default -> 1L;
    };
    return (long) (v * unit);
  }

  @Test
  void advisedImage_isSmallerAndItsServiceAnswers() throws Exception {
    requireBase();
    build("Dockerfile", NAIVE);
    build("Dockerfile.advised", ADVISED);
    long naive = size(NAIVE);
    long advised = size(ADVISED);
    System.out.printf("lint e2e: naive image %,d B, advised image %,d B%n", naive, advised);
    assertThat(advised).as("advised %d B vs naive %d B", advised, naive).isLessThan(naive / 10);

    Result from = buildah(Duration.ofMinutes(2), "from", "--pull-never", ADVISED);
    assertThat(from.code()).as(from.out()).isZero();
    String ctr = from.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    CONTAINERS.add(ctr);
    Result mount = buildah(Duration.ofMinutes(2), "mount", ctr);
    assertThat(mount.code()).as(mount.out()).isZero();
    Path rootfs = Path.of(mount.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    Path binary = rootfs.resolve("e2e-svc");
    assertThat(binary).isExecutable();
    assertThat(Files.list(rootfs).count()).as("scratch image holds little more than the binary").isLessThan(6);

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(binary.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PORT", Integer.toString(port));
    Process svc = pb.start();
    try {
      String body = probe(port);
      assertThat(body).isEqualTo("ok e2e-svc\n");
    } finally {
      svc.destroy();
      svc.waitFor(5, TimeUnit.SECONDS);
      svc.destroyForcibly();
    }
  }

  private static String probe(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 200) {
          return r.body();
        }
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("service did not answer on :" + port, last);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    for (String ctr : CONTAINERS) {
      buildah(Duration.ofMinutes(2), "umount", ctr);
      buildah(Duration.ofMinutes(2), "rm", ctr);
    }
    if (Files.isExecutable(Path.of("/usr/bin/buildah"))) {
      buildah(Duration.ofMinutes(2), "rmi", NAIVE, ADVISED);
    }
  }
}
