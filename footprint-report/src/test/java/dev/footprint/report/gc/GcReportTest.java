package dev.footprint.report.gc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.GcLogs;
import dev.footprint.gc.GcOptions;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcReportTest {
  private static final String LOG = """
      [0.018s][info][gc] Using G1
      [0.202s][info][gc] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.529ms
      [0.318s][info][gc] GC(11) To-space exhausted
      [0.318s][info][gc] GC(11) Pause Young (G1 Evacuation Pause) 119M->121M(128M) 2.739ms
      [0.337s][info][gc] GC(14) Pause Full (Allocation Failure) 128M->8M(28M) 14.918ms
      """;

  @TempDir Path dir;

  private GcAnalysis analysis() throws Exception {
    return GcLogs.analyze(Files.writeString(dir.resolve("gc <x>.log"), LOG), GcOptions.DEFAULTS);
  }

  @Test
  void json_carriesTheContractFields() throws Exception {
    JsonNode root = Json.mapper().readTree(GcJson.render(List.of(analysis())));
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("collector").asText()).isEqualTo("G1");
    JsonNode p = root.get("pauses");
    assertThat(p.get("count").asLong()).isEqualTo(3);
    assertThat(p.get("totalMs").asDouble()).isEqualTo(24.186);
    assertThat(p.get("maxMs").asDouble()).isEqualTo(14.918);
    for (String f : List.of("meanMs", "p50Ms", "p99Ms")) {
      assertThat(p.get(f).isNumber()).as(f).isTrue();
    }
    assertThat(root.get("throughputPercent").isNumber()).isTrue();
    assertThat(root.get("heap").get("peakBytes").asLong()).isEqualTo(128L << 20);
    assertThat(root.get("heap").get("maxHeapBytes").isNull()).isTrue();
    assertThat(root.get("fullGcCount").asLong()).isEqualTo(1);
    assertThat(root.get("evacuationFailures").asLong()).isEqualTo(1);
    JsonNode advice = root.get("advice");
    assertThat(advice.size()).isPositive();
    for (JsonNode a : advice) {
      assertThat(a.get("flag").asText()).isNotBlank();
      assertThat(a.get("value").asText()).isNotBlank();
      assertThat(a.get("reason").asText()).isNotBlank();
      assertThat(a.get("evidence").size()).isPositive();
    }
  }

  @Test
  void json_severalLogsGoUnderLogs() throws Exception {
    GcAnalysis a = analysis();
    JsonNode root = Json.mapper().readTree(GcJson.render(List.of(a, a)));
    assertThat(root.get("logs").size()).isEqualTo(2);
    assertThat(root.get("logs").get(1).get("collector").asText()).isEqualTo("G1");
  }

  @Test
  void html_isSelfContainedWithChartsAndEscapedText() throws Exception {
    String html = GcHtml.render(List.of(analysis()));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "Full GC");
    assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "url(", "http://", "https://");
    assertThat(html).contains("gc &lt;x&gt;.log").doesNotContain("gc <x>.log");
    assertThat(html.chars().filter(c -> c == '<').count())
        .isEqualTo(html.chars().filter(c -> c == '>').count());
  }

  @Test
  void text_showsFiguresThenAdviceWithEvidence() throws Exception {
    String text = GcText.render(List.of(analysis()), Style.PLAIN);
    assertThat(text).contains("JVM unified logging, G1", "all stops", "throughput", "1 Full GC",
        "1 evacuation failure", "advice", "-XX:G1ReservePercent=20", "evidence: line 3:");
    assertThat(text).doesNotContain("\u001b[");
  }
}
