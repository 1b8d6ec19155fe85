package dev.footprint.report.inspect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.metrics.DiveResult;
import dev.footprint.image.metrics.ImageMetrics;
import dev.footprint.image.metrics.InefficientPath;
import dev.footprint.image.metrics.LayerStats;
import dev.footprint.image.metrics.PathSize;
import dev.footprint.report.DiveJson;
import dev.footprint.report.Json;
import java.util.List;
import java.util.Locale;

/** Renders an {@link InspectReport} as the JSON documented in docs/inspect.md. Stateless. */
public final class InspectJson {
  private InspectJson() {}

  public static String render(InspectReport r) {
    ObjectNode root = Json.document();
    image(root.putObject("image"), r);
    ArrayNode layers = root.putArray("layers");
    for (LayerStats l : r.metrics().layers()) {
      ObjectNode n = layers.addObject();
      n.put("index", l.descriptor().index());
      n.put("diffId", l.descriptor().diffId().toString());
      n.put("digest", l.descriptor().digest().toString());
      n.put("mediaType", l.descriptor().mediaType());
      n.put("compression", l.compression().name().toLowerCase(Locale.ROOT));
      n.put("sizeBytes", l.sizeBytes());
      n.put("compressedSizeBytes", l.descriptor().compressedSize());
      n.put("tarBytes", l.tarBytes());
      n.put("entries", l.entries());
      n.put("createdBy", l.createdBy());
    }
    efficiency(root.putObject("efficiency"), r.metrics());
    paths(root.putArray("largestFiles"), r.metrics().largestFiles());
    paths(root.putArray("largestDirectories"), r.metrics().largestDirectories());
    ArrayNode warnings = root.putArray("warnings");
    r.warnings().forEach(warnings::add);
    r.ci().ifPresent(ci -> ci(root.putObject("ci"), ci));
    return Json.render(root);
  }

  private static void image(ObjectNode n, InspectReport r) {
    ImageConfig c = r.config();
    ImageMetrics m = r.metrics();
    n.put("reference", r.reference());
    n.put("id", r.imageId().toString());
    r.manifestDigest().ifPresentOrElse(d -> n.put("manifestDigest", d.toString()), () -> n.putNull("manifestDigest"));
    n.put("os", c.platform().os());
    n.put("architecture", c.platform().architecture());
    n.put("variant", c.platform().variant());
    c.created().ifPresentOrElse(t -> n.put("created", t), () -> n.putNull("created"));
    strings(n.putArray("entrypoint"), c.entrypoint());
    strings(n.putArray("cmd"), c.cmd());
    n.put("user", c.user());
    n.put("workingDir", c.workingDir());
    strings(n.putArray("exposedPorts"), c.exposedPorts());
    strings(n.putArray("envNames"), c.envNames());
    n.put("sizeBytes", m.sizeBytes());
    n.put("compressedSizeBytes", m.compressedSizeBytes());
    n.put("layerCount", m.layerCount());
    n.put("fileCount", m.fileCount());
    n.put("verified", r.verified());
  }

  private static void efficiency(ObjectNode n, ImageMetrics m) {
    DiveResult d = m.dive();
    DiveJson.putScore(n, d);
    n.put("reclaimableBytes", m.reclaimableBytes());
    n.put("diveFileNodes", d.fileNodes());
    ArrayNode paths = n.putArray("inefficientPaths");
    for (InefficientPath p : d.inefficientPaths()) {
      ObjectNode o = paths.addObject();
      o.put("path", p.path());
      o.put("count", p.count());
      o.put("cumulativeBytes", p.cumulativeBytes());
      o.put("reclaimableBytes", p.reclaimableBytes());
    }
  }

  private static void paths(ArrayNode a, List<PathSize> list) {
    for (PathSize p : list) {
      ObjectNode o = a.addObject();
      o.put("path", p.path());
      o.put("sizeBytes", p.sizeBytes());
      o.put("layer", p.layer());
    }
  }

  private static void ci(ObjectNode n, CiOutcome ci) {
    n.put("passed", ci.passed());
    ArrayNode rules = n.putArray("rules");
    for (CiOutcome.Rule r : ci.rules()) {
      ObjectNode o = rules.addObject();
      o.put("name", r.name());
      o.put("status", r.status().name());
      o.put("threshold", r.threshold());
      o.put("actual", r.actual());
      o.put("message", r.message());
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
