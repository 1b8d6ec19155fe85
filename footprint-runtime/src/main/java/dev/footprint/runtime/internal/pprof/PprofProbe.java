package dev.footprint.runtime.internal.pprof;

import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.watch.Probe;
import dev.footprint.runtime.watch.ProbeValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goroutines and heap figures from a Go program's net/http/pprof endpoint: the total line of
 * {@code /debug/pprof/goroutine?debug=1} and the {@code # runtime.MemStats} block at the end of
 * {@code /debug/pprof/heap?debug=1} (HeapInuse, HeapAlloc, Sys, NumGC).
 */
public final class PprofProbe implements Probe {
  private static final Pattern TOTAL = Pattern.compile("goroutine profile: total (\\d+)");
  private final URI base;
  private final HttpClient http;
  private final Duration timeout;

  public PprofProbe(String url, Duration timeout) throws InvalidInputException {
    this.base = baseOf(url);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** {@code http://host:port}, {@code …/debug/pprof} or {@code …/debug/pprof/} all name the same base. */
  static URI baseOf(String url) throws InvalidInputException {
    URI u;
    try {
      u = URI.create(url.contains("://") ? url : "http://" + url);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("not a pprof URL: '" + url + "'", e);
    }
    if (u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
      throw new InvalidInputException("not a pprof URL: '" + url + "' (expected http://HOST:PORT[/debug/pprof/])");
    }
    String path = u.getPath() == null ? "" : u.getPath();
    int at = path.indexOf("/debug/pprof");
    String prefix = at >= 0 ? path.substring(0, at) : path.replaceAll("/+$", "");
    return URI.create(u.getScheme() + "://" + u.getRawAuthority() + prefix + "/debug/pprof/");
  }

  @Override
  public String name() {
    return "pprof";
  }

  @Override
  public List<String> metricNames() {
    return List.of("go_goroutines", "go_heap_inuse", "go_heap_alloc", "go_sys", "go_gc_count");
  }

  @Override
  public List<ProbeValue> read() throws FootprintException {
    List<ProbeValue> out = new ArrayList<>();
    String goroutines = get("goroutine?debug=1");
    Matcher m = TOTAL.matcher(goroutines);
    if (!m.find()) {
      throw new UnavailableException(base + "goroutine?debug=1 has no 'goroutine profile: total' line");
    }
    out.add(new ProbeValue("go_goroutines", "count", false, Long.parseLong(m.group(1))));
    String heap = get("heap?debug=1");
    memStat(heap, "HeapInuse").ifPresent(v -> out.add(new ProbeValue("go_heap_inuse", "bytes", false, v)));
    memStat(heap, "HeapAlloc").ifPresent(v -> out.add(new ProbeValue("go_heap_alloc", "bytes", false, v)));
    memStat(heap, "Sys").ifPresent(v -> out.add(new ProbeValue("go_sys", "bytes", false, v)));
    memStat(heap, "NumGC").ifPresent(v -> out.add(new ProbeValue("go_gc_count", "count", true, v)));
    return out;
  }

  /** The value of a {@code # Name = N} line of the MemStats block. */
  static OptionalLong memStat(String heapProfile, String name) {
    Matcher m = Pattern.compile("(?m)^# " + name + " = (\\d+)$").matcher(heapProfile);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  private String get(String path) throws UnavailableException {
    URI uri = base.resolve(path);
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new UnavailableException(uri + " answered HTTP " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UnavailableException("cannot read " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("interrupted reading " + uri, e);
    }
  }
}
