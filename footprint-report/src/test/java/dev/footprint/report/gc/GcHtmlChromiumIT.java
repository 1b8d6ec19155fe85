package dev.footprint.report.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.footprint.gc.GcLogs;
import dev.footprint.gc.GcOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real browser (headless chromium) renders the report: both charts present as SVG, no errors. */
class GcHtmlChromiumIT {
  @TempDir Path dir;

  @Test
  void chromiumRendersBothCharts() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(chromium)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("chromium missing");
      }
      assumeTrue(false, "chromium is not installed");
    }
    StringBuilder log = new StringBuilder("[0.010s][info][gc] Using G1\n");
    for (int i = 0; i < 200; i++) {
      log.append(String.format(java.util.Locale.ROOT,
          "[%d.%03ds][info][gc] GC(%d) Pause %s (G1 Evacuation Pause) %dM->%dM(512M) %d.%03dms%n",
          i / 10, (i % 10) * 100, i, i % 50 == 49 ? "Full" : "Young", 200 + i, 100 + i / 2, 5 + i % 7, i));
    }
    Path gcLog = Files.writeString(dir.resolve("gc.log"), log);
    Path html = Files.writeString(dir.resolve("report.html"),
        GcHtml.render(List.of(GcLogs.analyze(gcLog, GcOptions.DEFAULTS))));
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", html.toUri().toString())
        .redirectError(dir.resolve("chromium.err").toFile())
        .start();
    String dom = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dom).as(Files.readString(dir.resolve("chromium.err")))
        .contains("<svg", "<polyline", "Full GC", "Heap in use before and after each collection");
    assertThat(dom.split("<svg", -1)).hasSize(3);
  }
}
