package dev.footprint.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.Environment;
import dev.footprint.runtime.Limits;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.MetricChange;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.RunSample;
import dev.footprint.runtime.Spread;
import dev.footprint.runtime.StaticMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareReportsTest {
  private static final Environment ENV = new Environment("Linux", "6.1", 2, 4L << 30, "runc", "runc 1.1.5");

  private static RunResult run(long startup, long memory) {
    List<RunSample> samples = List.of(new RunSample(0, 0, 0, 1, 3, 0, 0), new RunSample(100, 0.05, memory, 8, 7, 0, 0));
    return new RunResult("img", "sha256:ab", startup, samples, memory, 0.05, 8, 7, 0, 0,
        new LoadResult(1000, 0, 1, 1000, 1, 0.9, 1.5, 3, 9, null), null, Limits.NONE, ENV, "");
  }

  private static Comparison comparison() {
    List<MetricChange> metrics = new ArrayList<>();
    metrics.add(MetricChange.of("imageSizeBytes", "bytes", Spread.exactly(800e6), Spread.exactly(5e6), true));
    metrics.add(MetricChange.of("startupMs", "ms", new Spread(40, 38, 44), new Spread(30, 29, 31), true));
    metrics.add(MetricChange.of("errors", "count", Spread.exactly(0), Spread.exactly(0), true));
    StaticMetrics sa = new StaticMetrics(800_000_000, 300_000_000, 3, 18000, List.of(700_000_000L, 90_000_000L, 10_000_000L));
    StaticMetrics sb = new StaticMetrics(5_000_000, 2_000_000, 1, 1, List.of(5_000_000L));
    return new Comparison("a.tar", "b.tar", 2, metrics, List.of(run(40, 7 << 20), run(44, 8 << 20)),
        List.of(run(30, 6 << 20), run(31, 6 << 20)), sa, sb, ENV);
  }

  @Test
  void json_metricsHaveExactlyTheContractFields() throws Exception {
    JsonNode root = Json.mapper().readTree(Json.render(CompareJson.of(comparison())));
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    JsonNode m = root.path("metrics").get(1);
    List<String> fields = new ArrayList<>();
    m.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("name", "unit", "a", "b", "changePercent", "significant");
    assertThat(m.path("name").asText()).isEqualTo("startupMs");
    assertThat(m.path("a").path("median").asDouble()).isEqualTo(40);
    assertThat(m.path("a").path("min").asDouble()).isEqualTo(38);
    assertThat(m.path("b").path("max").asDouble()).isEqualTo(31);
    assertThat(m.path("changePercent").asDouble()).isEqualTo(-25.0);
    assertThat(m.path("significant").asBoolean()).isTrue();
    assertThat(root.path("metrics").get(2).path("changePercent").isNull()).isTrue();
    assertThat(root.path("runsA")).hasSize(2);
    assertThat(root.path("static").path("a").path("layerSizeBytes")).hasSize(3);
    assertThat(root.path("environment").path("cpus").asInt()).isEqualTo(2);
  }

  @Test
  void text_marksSignificantChangesAndStatesTheHost() {
    String text = CompareText.render(comparison(), Style.PLAIN);
    assertThat(text).contains("imageSizeBytes").contains("-99.4%").contains("yes, better")
        .contains("40.00 ms (38.00 ms–44.00 ms)").contains("2 CPUs");
  }

  @Test
  void markdown_isATableWithBoldSignificantChanges() {
    String md = CompareMarkdown.render(comparison());
    assertThat(md).contains("| metric | A | B | change | significant |").contains("**-25.0%**").contains("| errors |");
  }

  @Test
  void html_isSelfContainedWithAllFourCharts() {
    String html = CompareHtml.render(comparison());
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .contains("Memory (working set) over time", "CPU (% of one core) over time", "Latency (median over runs)",
            "Layer sizes (uncompressed)");
    assertThat(html.split("<svg", -1)).hasSize(5);
  }
}
