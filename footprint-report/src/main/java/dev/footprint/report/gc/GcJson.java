package dev.footprint.report.gc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.gc.Advice;
import dev.footprint.gc.GcAnalysis;
import dev.footprint.gc.HeapStats;
import dev.footprint.gc.PauseKind;
import dev.footprint.gc.PauseStats;
import dev.footprint.report.Json;
import java.util.List;

/**
 * The JSON of {@code footprint gc}: one log's figures at the top level; several logs as {@code
 * logs[]} of the same objects. Bytes are exact, times in ms (pauses) or seconds (span); a figure
 * the log does not carry is null. Fields are documented in docs/gc.md.
 */
public final class GcJson {
  private GcJson() {}

  public static String render(List<GcAnalysis> analyses) {
    ObjectNode root = Json.document();
    if (analyses.size() == 1) {
      fill(root, analyses.get(0));
    } else {
      ArrayNode logs = root.putArray("logs");
      analyses.forEach(a -> fill(logs.addObject(), a));
    }
    return Json.render(root);
  }

  private static void fill(ObjectNode o, GcAnalysis a) {
    o.put("file", a.source().toString());
    o.put("format", a.format().name());
    o.put("collector", a.collector());
    o.put("lines", a.lines());
    o.put("gcLines", a.gcLines());
    o.put("skippedLines", a.skippedLines());
    o.put("overlongLines", a.overlongLines());
    o.put("cycles", a.cycles());
    pauses(o.putObject("pauses"), a.pauses());
    ArrayNode kinds = o.putArray("pauseKinds");
    for (PauseKind k : a.pauseKinds()) {
      ObjectNode n = kinds.addObject();
      n.put("name", k.name());
      n.put("count", k.count());
      n.put("totalMs", round(k.totalMs()));
      n.put("maxMs", round(k.maxMs()));
    }
    if (Double.isNaN(a.throughputPercent())) {
      o.putNull("throughputPercent");
    } else {
      o.put("throughputPercent", round(a.throughputPercent()));
    }
    o.put("spanSeconds", round(a.spanSeconds()));
    heap(o.putObject("heap"), a.heap());
    rate(o, "allocationRateBytesPerSec", a.allocationRateBytesPerSec());
    rate(o, "promotionRateBytesPerSec", a.promotionRateBytesPerSec());
    o.put("fullGcCount", a.fullGcCount());
    o.put("concurrentCycles", a.concurrentCycles());
    o.put("evacuationFailures", a.evacuationFailures());
    o.put("forcedCycles", a.forcedCycles());
    ArrayNode advice = o.putArray("advice");
    for (Advice ad : a.advice()) {
      ObjectNode n = advice.addObject();
      n.put("kind", ad.kind().label());
      n.put("flag", ad.flag());
      n.put("value", ad.value());
      n.put("setting", ad.setting());
      n.put("reason", ad.reason());
      n.put("changes", ad.changes());
      ArrayNode ev = n.putArray("evidence");
      ad.evidence().forEach(ev::add);
    }
  }

  private static void pauses(ObjectNode o, PauseStats p) {
    o.put("count", p.count());
    o.put("totalMs", round(p.totalMs()));
    o.put("meanMs", round(p.meanMs()));
    o.put("p50Ms", round(p.p50Ms()));
    o.put("p99Ms", round(p.p99Ms()));
    o.put("maxMs", round(p.maxMs()));
    o.put("gcCount", p.gcCount());
    o.put("gcTotalMs", round(p.gcTotalMs()));
    o.put("safepointCount", p.safepointCount());
    o.put("vmOperationCount", p.vmOperationCount());
    o.put("safepointOverheadMs", round(p.safepointOverheadMs()));
  }

  private static void heap(ObjectNode o, HeapStats h) {
    bytes(o, "peakBytes", h.peakBytes());
    bytes(o, "committedPeakBytes", h.committedPeakBytes());
    bytes(o, "maxHeapBytes", h.maxHeapBytes());
    bytes(o, "meanBeforeGcBytes", h.meanBeforeGcBytes());
    bytes(o, "meanAfterGcBytes", h.meanAfterGcBytes());
    bytes(o, "minAfterGcBytes", h.minAfterGcBytes());
    bytes(o, "maxAfterGcBytes", h.maxAfterGcBytes());
    bytes(o, "lastAfterGcBytes", h.lastAfterGcBytes());
    bytes(o, "regionSizeBytes", h.regionSizeBytes());
    bytes(o, "liveBytes", h.liveBytes());
  }

  private static void bytes(ObjectNode o, String name, long v) {
    if (v < 0) {
      o.putNull(name);
    } else {
      o.put(name, v);
    }
  }

  private static void rate(ObjectNode o, String name, double v) {
    if (v < 0) {
      o.putNull(name);
    } else {
      o.put(name, Math.round(v));
    }
  }

  /** Microsecond precision is all a GC log carries; more digits are noise. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
