package dev.footprint.report.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.report.Style;
import dev.footprint.runtime.sample.CgroupStats;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.watch.ProbeValue;
import dev.footprint.runtime.watch.Reading;
import dev.footprint.runtime.watch.Recording;
import dev.footprint.runtime.watch.TrendClassifier;
import dev.footprint.runtime.watch.WatchSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchRenderersTest {
  @TempDir Path dir;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Reading i of a process whose fds leak (10 + i) and whose I/O is unreadable. */
  private static Reading reading(int i) {
    Sample s = new Sample(T0.plusMillis(100L * i), 1, i * 10_000_000L, 50L << 20, 40L << 20, 3, 10 + i,
        Sample.UNAVAILABLE, Sample.UNAVAILABLE, Optional.empty(), List.of());
    return new Reading(s, List.of(new ProbeValue("go_goroutines", "count", false, 7),
        new ProbeValue("jvm_gc_seconds", "seconds", true, 0.5), new ProbeValue("go_heap_inuse", "bytes", false, 4096)));
  }

  private static WatchSummary summary(int n) {
    Recording rec = new Recording();
    for (int i = 0; i < n; i++) {
      rec.add(reading(i));
    }
    return new WatchSummary("process 42 and descendants", rec.start(), rec.last(), rec.readings(), "watched for 3s",
        rec.summarize(new TrendClassifier()), List.of("I/O bytes: not readable"));
  }

  @Test
  void json_followsTheContract() throws Exception {
    JsonNode j = new ObjectMapper().readTree(WatchReport.json(summary(30)));
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("readings").asInt()).isEqualTo(30);
    Map<String, JsonNode> byName = new java.util.HashMap<>();
    j.path("metrics").forEach(m -> byName.put(m.path("name").asText(), m));
    JsonNode fds = byName.get("open_files");
    for (String field : List.of("name", "unit", "first", "last", "min", "max", "slopePerMinute", "verdict")) {
      assertThat(fds.has(field)).as(field).isTrue();
    }
    assertThat(fds.path("verdict").asText()).isEqualTo("leak");
    assertThat(fds.path("first").isIntegralNumber()).isTrue();
    assertThat(fds.path("slopePerMinute").asDouble()).isEqualTo(600.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(byName.get("resident").path("first").asLong()).isEqualTo(50L << 20);
    assertThat(byName.get("resident").path("verdict").asText()).isEqualTo("steady");
    assertThat(fds.path("nextStep").asText()).contains("/proc/PID/fd");
    assertThat(byName.get("resident").has("nextStep")).isFalse();
    assertThat(byName).doesNotContainKey("read");
    assertThat(byName.get("go_goroutines").path("unit").asText()).isEqualTo("count");
    assertThat(j.path("notes").get(0).asText()).isEqualTo("I/O bytes: not readable");
  }

  @Test
  void text_namesTheLeakWithEvidence() {
    String text = WatchReport.text(summary(30), Style.PLAIN);
    assertThat(text).contains("process 42 and descendants — 30 readings over 2.9 s")
        .contains("Likely leaks").contains("open_files: grew +600 per minute")
        .contains("high (R² 1.00)").contains("    next: list what stays open").contains("Notes:").doesNotContain("\u001b[");
  }

  @Test
  void csv_hasFixedHeaderAndEmptyCellsForUnavailable() throws Exception {
    Path file = dir.resolve("s.csv");
    SeriesColumns cols = SeriesColumns.of(new SampleTarget.ProcessTree(42, true), List.of());
    try (SeriesWriter w = new SeriesWriter(file, SeriesWriter.Format.byExtension(file), cols)) {
      Recording rec = new Recording();
      for (int i = 0; i < 3; i++) {
        rec.add(reading(i));
        w.onReading(reading(i), rec);
      }
      assertThat(file).doesNotExist(); // appears whole, at the end
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("timestamp,elapsed_seconds,cpu,resident,private,threads,open_files,read,write,processes");
    assertThat(lines.get(2)).isEqualTo("2026-01-01T00:00:00.100Z,0.1,0.01,52428800,41943040,3,11,,,1");
    assertThat(lines).hasSize(4);
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("s.csv");
    }
  }

  @Test
  void jsonLines_oneObjectPerReading_withCgroupColumns() throws Exception {
    Path file = dir.resolve("s.jsonl");
    var target = new SampleTarget.Cgroup("abc", 2, Map.of("", dir));
    SeriesColumns cols = SeriesColumns.of(target, List.of());
    Sample s = new Sample(T0, 2, 0, 1, 1, 1, 1, 0, 0,
        Optional.of(new CgroupStats(2, 1000, 900, 1100, Sample.UNAVAILABLE, 4, 5_000_000_000L, 0, 0)), List.of());
    try (SeriesWriter w = new SeriesWriter(file, SeriesWriter.Format.byExtension(file), cols)) {
      w.onReading(new Reading(s, List.of()), new Recording());
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(1);
    JsonNode row = new ObjectMapper().readTree(lines.get(0));
    assertThat(row.path("cgroup_working_set").asLong()).isEqualTo(900);
    assertThat(row.path("cgroup_cpu").asDouble()).isEqualTo(5.0);
    assertThat(row.path("timestamp").asText()).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void prometheus_servesStandardNamesOnLoopback() throws Exception {
    try (PrometheusEndpoint p = new PrometheusEndpoint(0)) {
      Recording rec = new Recording();
      rec.add(reading(5));
      p.onReading(reading(5), rec);
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
      List<String> lines = new ArrayList<>(List.of(r.body().split("\n")));
      assertThat(lines).contains("# TYPE process_cpu_seconds_total counter", "process_cpu_seconds_total 0.05",
          "process_resident_memory_bytes 52428800", "process_open_fds 15", "process_threads 3",
          "footprint_private_memory_bytes 41943040", "footprint_go_goroutines 7", "footprint_jvm_gc_seconds_total 0.5",
          "footprint_go_heap_inuse_bytes 4096", "# TYPE footprint_jvm_gc_seconds_total counter", "footprint_watch_readings_total 1");
      assertThat(r.body()).doesNotContain("footprint_read_bytes_total");
    }
  }
}
