package dev.footprint.report.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.report.Json;
import dev.footprint.runtime.Environment;
import dev.footprint.runtime.LoadResult;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.RunSample;

/** JSON of {@code footprint run}: summary, load, environment and the sample series. */
public final class RunJson {
  private RunJson() {}

  public static ObjectNode document(RunResult r) {
    ObjectNode root = Json.document();
    root.setAll(run(r, true));
    root.set("environment", environment(r.environment()));
    return root;
  }

  public static ObjectNode run(RunResult r, boolean withSamples) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("target", r.target());
    if (r.imageDigest() != null) {
      o.put("imageDigest", r.imageDigest());
    }
    o.put("startupMs", r.startupMs());
    o.put("peakMemoryBytes", r.peakMemoryBytes());
    o.put("cpuSeconds", r.cpuSeconds());
    o.put("maxPids", r.maxPids());
    o.put("maxOpenFiles", r.maxOpenFiles());
    o.put("readBytes", r.readBytes());
    o.put("writeBytes", r.writeBytes());
    if (r.exitCode() != null) {
      o.put("exitCode", r.exitCode());
    }
    ObjectNode limits = o.putObject("limits");
    if (r.limits().cpus() > 0) {
      limits.put("cpus", r.limits().cpus());
    }
    if (r.limits().memoryBytes() > 0) {
      limits.put("memoryBytes", r.limits().memoryBytes());
    }
    if (r.load() != null) {
      o.set("load", load(r.load()));
    }
    if (withSamples) {
      ArrayNode samples = o.putArray("samples");
      for (RunSample s : r.samples()) {
        ObjectNode so = samples.addObject();
        so.put("elapsedMs", s.elapsedMs());
        so.put("cpuSeconds", s.cpuSeconds());
        so.put("memoryBytes", s.memoryBytes());
        so.put("pids", s.pids());
        so.put("openFiles", s.openFiles());
        so.put("readBytes", s.readBytes());
        so.put("writeBytes", s.writeBytes());
      }
    }
    return o;
  }

  static ObjectNode load(LoadResult l) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("requests", l.requests());
    o.put("errors", l.errors());
    o.put("seconds", l.seconds());
    o.put("requestsPerSecond", l.requestsPerSecond());
    o.put("latencyMeanMs", l.meanMs());
    o.put("latencyP50Ms", l.p50Ms());
    o.put("latencyP90Ms", l.p90Ms());
    o.put("latencyP99Ms", l.p99Ms());
    o.put("latencyMaxMs", l.maxMs());
    if (l.firstError() != null) {
      o.put("firstError", l.firstError());
    }
    return o;
  }

  public static ObjectNode environment(Environment e) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("os", e.os());
    o.put("kernel", e.kernel());
    o.put("cpus", e.cpus());
    o.put("memoryBytes", e.memoryBytes());
    o.put("runtime", e.runtime());
    o.put("runtimeVersion", e.runtimeVersion());
    return o;
  }
}
