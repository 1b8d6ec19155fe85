package dev.footprint.report.watch;

import com.sun.net.httpserver.HttpServer;
import dev.footprint.runtime.sample.Metric;
import dev.footprint.runtime.watch.ProbeValue;
import dev.footprint.runtime.watch.Reading;
import dev.footprint.runtime.watch.Recording;
import dev.footprint.runtime.watch.WatchListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

/**
 * Serves the latest reading at {@code http://127.0.0.1:PORT/metrics} in the Prometheus text format,
 * with the standard {@code process_*} names of client_golang's process collector where one exists
 * and {@code footprint_*} for the rest. Bound to loopback only: the figures describe a local process.
 */
public final class PrometheusEndpoint implements WatchListener, AutoCloseable {
  private final HttpServer server;
  private volatile Reading latest;
  private volatile long readings;

  /** Starts serving; port 0 picks a free port (see {@link #port()}). */
  public PrometheusEndpoint(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/metrics", exchange -> {
      byte[] body = render(latest, readings).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void onReading(Reading reading, Recording soFar) {
    latest = reading;
    readings = soFar.readings();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static String render(Reading r, long readings) {
    StringBuilder b = new StringBuilder();
    metric(b, "footprint_watch_readings_total", "counter", "Readings taken by footprint watch.", readings);
    if (r == null) {
      return b.toString();
    }
    for (Metric m : Metric.values()) {
      OptionalDouble v = r.sample().value(m);
      if (v.isPresent()) {
        metric(b, promName(m), m.counter() ? "counter" : "gauge", help(m), v.getAsDouble());
      }
    }
    for (ProbeValue p : r.extras()) {
      String suffix = p.unit().equals("count") || p.name().endsWith("_" + p.unit()) ? "" : "_" + p.unit();
      String name = "footprint_" + p.name() + suffix + (p.counter() ? "_total" : "");
      metric(b, name, p.counter() ? "counter" : "gauge", "footprint watch " + p.name() + " (" + p.unit() + ").", p.value());
    }
    return b.toString();
  }

  /** client_golang's names where they exist, so existing dashboards work unchanged. */
  static String promName(Metric m) {
    return switch (m) {
      case CPU -> "process_cpu_seconds_total";
      case RESIDENT -> "process_resident_memory_bytes";
      case OPEN_FILES -> "process_open_fds";
      case THREADS -> "process_threads";
      case PRIVATE -> "footprint_private_memory_bytes";
      case READ -> "footprint_read_bytes_total";
      case WRITE -> "footprint_write_bytes_total";
      case PROCESSES -> "footprint_processes";
      case CGROUP_MEMORY -> "footprint_cgroup_memory_usage_bytes";
      case CGROUP_WORKING_SET -> "footprint_cgroup_memory_working_set_bytes";
      case CGROUP_PIDS -> "footprint_cgroup_pids";
      case CGROUP_CPU -> "footprint_cgroup_cpu_seconds_total";
    };
  }

  private static String help(Metric m) {
    return switch (m) {
      case CPU -> "Total user and system CPU time spent in seconds.";
      case RESIDENT -> "Resident memory size in bytes.";
      case OPEN_FILES -> "Number of open file descriptors (handles on Windows).";
      case THREADS -> "Number of OS threads.";
      case PRIVATE -> "Memory not shared with other processes, in bytes.";
      case READ -> "Bytes read from storage.";
      case WRITE -> "Bytes written to storage.";
      case PROCESSES -> "Processes in the watched tree or cgroup.";
      case CGROUP_MEMORY -> "cgroup memory usage including page cache, in bytes.";
      case CGROUP_WORKING_SET -> "cgroup memory usage minus inactive file cache (docker stats), in bytes.";
      case CGROUP_PIDS -> "Tasks in the cgroup (pids.current).";
      case CGROUP_CPU -> "cgroup CPU time in seconds.";
    };
  }

  private static void metric(StringBuilder b, String name, String type, String help, double value) {
    b.append("# HELP ").append(name).append(' ').append(help).append('\n');
    b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    b.append(name).append(' ');
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      b.append((long) value);
    } else {
      b.append(Double.toString(value)); // Go's ParseFloat reads 1.0E-4 too
    }
    b.append('\n');
  }
}
