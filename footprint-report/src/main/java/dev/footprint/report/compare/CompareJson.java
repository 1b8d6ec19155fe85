package dev.footprint.report.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.report.Json;
import dev.footprint.report.run.RunJson;
import dev.footprint.runtime.Comparison;
import dev.footprint.runtime.MetricChange;
import dev.footprint.runtime.RunResult;
import dev.footprint.runtime.Spread;
import dev.footprint.runtime.StaticMetrics;

/**
 * The JSON contract of {@code footprint compare}: {@code metrics[]} entries carry exactly
 * {@code name, unit, a{median,min,max}, b{median,min,max}, changePercent, significant}; the runs
 * behind them follow for anyone who wants to recompute.
 */
public final class CompareJson {
  private CompareJson() {}

  public static ObjectNode of(Comparison c) {
    ObjectNode root = Json.document();
    root.put("a", c.a());
    root.put("b", c.b());
    root.put("runs", c.runs());
    root.set("environment", RunJson.environment(c.environment()));
    ArrayNode metrics = root.putArray("metrics");
    for (MetricChange m : c.metrics()) {
      ObjectNode o = metrics.addObject();
      o.put("name", m.name());
      o.put("unit", m.unit());
      o.set("a", spread(m.a()));
      o.set("b", spread(m.b()));
      if (m.changePercent() == null) {
        o.putNull("changePercent");
      } else {
        o.put("changePercent", round(m.changePercent(), 2));
      }
      o.put("significant", m.significant());
    }
    ObjectNode statics = root.putObject("static");
    statics.set("a", statics(c.staticA()));
    statics.set("b", statics(c.staticB()));
    ArrayNode ra = root.putArray("runsA");
    for (RunResult r : c.runsA()) {
      ra.add(RunJson.run(r, true));
    }
    ArrayNode rb = root.putArray("runsB");
    for (RunResult r : c.runsB()) {
      rb.add(RunJson.run(r, true));
    }
    return root;
  }

  private static ObjectNode spread(Spread s) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("median", s.median());
    o.put("min", s.min());
    o.put("max", s.max());
    return o;
  }

  private static ObjectNode statics(StaticMetrics s) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("sizeBytes", s.sizeBytes());
    o.put("compressedSizeBytes", s.compressedBytes());
    o.put("layers", s.layers());
    o.put("files", s.files());
    ArrayNode sizes = o.putArray("layerSizeBytes");
    s.layerSizes().forEach(sizes::add);
    return o;
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
