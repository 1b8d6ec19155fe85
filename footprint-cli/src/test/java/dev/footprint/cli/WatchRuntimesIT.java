package dev.footprint.cli;

import static dev.footprint.cli.WatchProgramsSupport.footprint;
import static dev.footprint.cli.WatchProgramsSupport.resource;
import static dev.footprint.cli.WatchProgramsSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.cli.WatchProgramsSupport.Result;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --jvm on a real leaking JVM, --pprof on a real Go service, --prometheus scraped while watching. */
class WatchRuntimesIT {
  @TempDir Path dir;

  @Test
  void jvmHeapLeak_isFlaggedAndDumped() throws Exception {
    Path src = resource("HeapLeak.java", dir);
    run(dir, javaBin("javac"), "-d", dir.toString(), src.toString());
    Path dumps = dir.resolve("dumps");
    Result r = footprint("watch", "-i", "200ms", "-d", "6s", "--format", "json", "--jvm", "--dump-dir", dumps.toString(),
        "--", javaBin("java"), "-Xmx512m", "-XX:+UseSerialGC", "-cp", dir.toString(), "HeapLeak");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode heap = metric(r.json(), "jvm_heap_used");
    assertThat(heap.path("verdict").asText()).as(r.out()).isEqualTo("leak");
    // 10 MiB/s nominal; jstat and the JVM start take part of the 6 s.
    assertThat(heap.path("max").asDouble() - heap.path("min").asDouble()).isGreaterThan(15 << 20);
    assertThat(metric(r.json(), "jvm_gc_count").path("kind").asText()).isEqualTo("counter");
    assertThat(Files.readString(dumps.resolve("threads.txt"))).contains("\"main\"").contains("HeapLeak.main");
    // The leaked arrays dominate the live-object histogram.
    List<String> histogram = Files.readAllLines(dumps.resolve("class-histogram.txt"));
    assertThat(histogram.stream().filter(l -> l.trim().startsWith("1:")).findFirst().orElse("")).contains("[B");
    assertThat(r.json().path("notes").toString()).contains("thread dump and class histogram");
  }

  @Test
  void goPprof_goroutineAndHeapGrowth_isFlagged_andPrometheusServes() throws Exception {
    Path src = resource("pprofserver.go", dir);
    Path bin = dir.resolve("pprofserver");
    run(dir, "go", "build", "-o", bin.toString(), src.toString());
    int port = freePort();
    int metricsPort = freePort();
    String addr = "127.0.0.1:" + port;
    CompletableFuture<Result> watching = CompletableFuture.supplyAsync(() -> footprint("watch", "-i", "200ms", "-d", "5s",
        "--format", "json", "--pprof", "http://" + addr, "--prometheus", Integer.toString(metricsPort), "--", bin.toString(), addr));
    String scraped = scrape(metricsPort);
    Result r = watching.get();
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(metric(r.json(), "go_goroutines").path("verdict").asText()).as(r.out()).isEqualTo("leak");
    assertThat(metric(r.json(), "go_heap_inuse").path("verdict").asText()).isEqualTo("leak");
    assertThat(scraped).contains("process_cpu_seconds_total ", "process_resident_memory_bytes ", "process_open_fds ",
        "process_threads ", "# TYPE process_cpu_seconds_total counter", "footprint_go_goroutines ");
    assertThat(r.err()).contains("serving metrics at http://127.0.0.1:" + metricsPort + "/metrics");
  }

  /** Scrapes /metrics once the Go figures are in (the watch starts them after the server is up). */
  private static String scrape(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String last = "";
    for (int i = 0; i < 40; i++) {
      Thread.sleep(100);
      try {
        last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (last.contains("footprint_go_goroutines")) {
          return last;
        }
      } catch (java.io.IOException notYet) {
        // endpoint not up yet
      }
    }
    return last;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String javaBin(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static JsonNode metric(JsonNode json, String name) {
    for (JsonNode m : json.path("metrics")) {
      if (m.path("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no metric " + name + " in " + json);
  }
}
