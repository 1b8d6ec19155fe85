package dev.footprint.report.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import dev.footprint.runtime.Environment;
import dev.footprint.runtime.Limits;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.RunSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportsTest {
  private static final RunResult RUN = new RunResult("oci:/img:latest", "sha256:ab", 42,
      List.of(new RunSample(0, 0, 1 << 20, 2, 3, 0, 0), new RunSample(100, 0.02, 6 << 20, 9, 7, 4096, 0),
          new RunSample(200, 0.09, 7 << 20, 9, 8, 4096, 512)),
      7 << 20, 0.09, 9, 8, 4096, 512, new LoadResult(5000, 2, 1.0, 4998, 0.4, 0.3, 0.6, 2.5, 11, "HTTP 503"),
      null, new Limits(1, 256L << 20), new Environment("Linux", "6.1", 2, 4L << 30, "runc", "runc 1.1.5"), "");

  @Test
  void json_hasSummaryLoadLimitsSamplesAndHost() throws Exception {
    JsonNode j = Json.mapper().readTree(Json.render(RunJson.document(RUN)));
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("startupMs").asLong()).isEqualTo(42);
    assertThat(j.path("peakMemoryBytes").asLong()).isEqualTo(7 << 20);
    assertThat(j.path("load").path("latencyP99Ms").asDouble()).isEqualTo(2.5);
    assertThat(j.path("load").path("firstError").asText()).isEqualTo("HTTP 503");
    assertThat(j.path("limits").path("memoryBytes").asLong()).isEqualTo(256L << 20);
    assertThat(j.path("samples")).hasSize(3);
    assertThat(j.path("environment").path("runtimeVersion").asText()).isEqualTo("runc 1.1.5");
    assertThat(j.has("exitCode")).isFalse();
  }

  @Test
  void text_statesLimitsHostAndLoad() {
    String t = RunText.render(RUN, Style.PLAIN);
    assertThat(t).contains("42.00 ms").contains("7.0 MB").contains("limits: 1.00 CPUs 256.0 MB")
        .contains("2 CPUs").contains("4998/s").contains("first load error: HTTP 503");
  }

  @Test
  void markdownAndHtml_render() {
    assertThat(RunMarkdown.render(RUN)).contains("| startup | 42.00 ms |");
    assertThat(RunHtml.render(RUN)).contains("<svg").doesNotContain("<script");
  }
}
