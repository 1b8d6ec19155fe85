package dev.footprint.runtime.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw client against the JDK's HTTP server: fixed length, chunked, errors, keep-alive. */
class HttpConnectionTest {
  private HttpServer server;
  private final AtomicInteger connections = new AtomicInteger();
  private URI base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    byte[] big = "x".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
    server.createContext("/fixed", ex -> {
      ex.sendResponseHeaders(200, big.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(big);
      }
    });
    server.createContext("/chunked", ex -> {
      ex.sendResponseHeaders(200, 0); // 0 = chunked in the JDK server
      try (OutputStream o = ex.getResponseBody()) {
        for (int i = 0; i < 5; i++) {
          o.write(("part " + i + "\n").getBytes(StandardCharsets.US_ASCII));
          o.flush();
        }
      }
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void exchange_fixedLengthBodiesOverOneConnection_readsEachWhole() throws IOException {
    try (HttpConnection c = new HttpConnection(base.resolve("/fixed"), 5000)) {
      for (int i = 0; i < 20; i++) {
        assertThat(c.exchange()).isEqualTo(200);
      }
    }
  }

  @Test
  void exchange_chunkedBodies_stayInSync() throws IOException {
    try (HttpConnection c = new HttpConnection(base.resolve("/chunked"), 5000)) {
      for (int i = 0; i < 10; i++) {
        assertThat(c.exchange()).isEqualTo(200);
      }
    }
  }

  @Test
  void exchange_notFound_returnsTheStatus() throws IOException {
    try (HttpConnection c = new HttpConnection(base.resolve("/missing"), 5000)) {
      assertThat(c.exchange()).isEqualTo(404);
      assertThat(c.exchange()).isEqualTo(404);
    }
  }

  @Test
  void exchange_nobodyListening_throws() {
    server.stop(0);
    try (HttpConnection c = new HttpConnection(base.resolve("/fixed"), 1000)) {
      assertThatThrownBy(c::exchange).isInstanceOf(IOException.class);
    }
  }

  @Test
  void loadGenerator_byCount_sendsExactlyThatManyAndMeasuresLatency() throws Exception {
    var spec = new dev.footprint.runtime.LoadSpec(base.resolve("/fixed"), 4, null, 500, java.time.Duration.ofSeconds(5));
    var r = new LoadGenerator().run(spec);
    assertThat(r.requests()).isEqualTo(500);
    assertThat(r.errors()).isZero();
    assertThat(r.p50Ms()).isPositive().isLessThanOrEqualTo(r.p99Ms());
    assertThat(r.p99Ms()).isLessThanOrEqualTo(r.maxMs());
    assertThat(r.requestsPerSecond()).isPositive();
  }

  @Test
  void loadGenerator_errorStatuses_countAsErrors() throws Exception {
    var spec = new dev.footprint.runtime.LoadSpec(base.resolve("/missing"), 2, null, 50, java.time.Duration.ofSeconds(5));
    var r = new LoadGenerator().run(spec);
    assertThat(r.errors()).isEqualTo(50);
    assertThat(r.firstError()).isEqualTo("HTTP 404");
  }
}
