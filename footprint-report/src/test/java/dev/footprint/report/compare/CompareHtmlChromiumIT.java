package dev.footprint.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.Comparisons;
import dev.footprint.runtime.Limits;
import dev.footprint.runtime.LoadSpec;
import dev.footprint.runtime.Readiness;
import dev.footprint.runtime.RunSpec;
import dev.footprint.runtime.Runs;
import dev.footprint.runtime.RuntimeKind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a real comparison (two builds of the test Go server, process runtime) as HTML, opens it
 * in headless Chromium with networking off, and requires no console message at all (the page has
 * no script, so anything logged is an error). The screenshot stays in target/ as the artifact.
 */
class CompareHtmlChromiumIT {
  @TempDir Path temp;

  @Test
  void compareHtml_rendersInChromiumWithoutConsoleErrors() throws Exception {
    assumeThat(onPath("chromium")).as("chromium installed").isTrue();
    assumeThat(onPath("go")).as("go installed").isTrue();
    Path a = goBuild("hello-a");
    Path b = goBuild("hello-b", "-trimpath", "-ldflags=-s -w");
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port + "/");
    RunSpec spec = new RunSpec(a.toString(), List.of("127.0.0.1:" + port), RuntimeKind.PROCESS,
        new Readiness.Http(url), Duration.ofSeconds(20), Duration.ofMillis(50), Duration.ofSeconds(1),
        Limits.NONE, new LoadSpec(url, 4, Duration.ofSeconds(1), 0, Duration.ofSeconds(5)));
    Comparison c = new Comparisons(Runs.withTempRoot(temp)).compare(spec, b.toString(), 2, m -> {});

    String html = CompareHtml.render(c);
    assertThat(html).contains("<svg").contains("Memory (working set) over time").contains("CPU (% of one core)")
        .contains("Latency (median over runs)").doesNotContain("<script").doesNotContain("http://www.w3.org/1999/xlink");
    Path page = Path.of("target", "compare-report.html").toAbsolutePath();
    Files.writeString(page, html);
    Path shot = Path.of("target", "compare-report.png").toAbsolutePath();
    Files.deleteIfExists(shot);

    List<String> console = chromium(page, shot);
    assertThat(console).as("console messages").isEmpty();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void consoleCapture_seesErrorsOfABrokenPage() throws Exception {
    assumeThat(onPath("chromium")).isTrue();
    Path page = temp.resolve("broken.html");
    Files.writeString(page, "<html><body><script>console.error('planted'); missing();</script></body></html>");
    List<String> console = chromium(page, temp.resolve("broken.png"));
    assertThat(String.join("\n", console)).contains("planted").contains("Uncaught");
  }

  /** Runs headless Chromium on a file and returns its console lines from the stderr log. */
  private List<String> chromium(Path page, Path screenshot) throws Exception {
    Path profile = Files.createTempDirectory(temp, "chromium-");
    Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
        "--enable-logging=stderr", "--v=0", "--window-size=1280,2200", "--screenshot=" + screenshot,
        page.toUri().toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> console = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    assertThat(Files.exists(screenshot)).as("screenshot written; log: " + log).isTrue();
    return console;
  }

  private static Path goBuild(String name, String... flags) throws Exception {
    Path out = Path.of("target", "go", name).toAbsolutePath();
    if (Files.isExecutable(out)) {
      return out;
    }
    Path src = Path.of(System.getProperty("footprint.root", ".."), "footprint-runtime", "src", "test", "go", "hello");
    List<String> cmd = new ArrayList<>(List.of("go", "build"));
    cmd.addAll(List.of(flags));
    cmd.addAll(List.of("-o", out.toString(), "."));
    Process p = new ProcessBuilder(cmd).directory(src.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0).as(log).isTrue();
    return out;
  }

  private static boolean onPath(String tool) {
    return dev.footprint.runtime.internal.container.Tools.onPath(tool).isPresent();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
