package dev.footprint.report.findings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.MinimalImage;

/** Adds {@code findings}, {@code findingsSummary}, {@code minimalImage} and {@code base} to a JSON document (docs/findings.md). */
public final class FindingsJson {
  private FindingsJson() {}

  public static void addTo(ObjectNode root, Analysis a) {
    ObjectNode summary = root.putObject("findingsSummary");
    summary.put("count", a.findings().size());
    summary.put("problems", a.problems().size());
    summary.put("estimatedSavingBytes", a.totalSavingBytes());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : a.findings()) {
      ObjectNode n = findings.addObject();
      n.put("id", f.id());
      n.put("category", f.category().id());
      n.put("severity", f.severity().id());
      if (f.layer().isPresent()) {
        n.put("layer", f.layer().getAsInt());
      } else {
        n.putNull("layer");
      }
      ArrayNode paths = n.putArray("paths");
      f.paths().forEach(paths::add);
      n.put("pathCount", f.pathCount());
      n.put("bytes", f.bytes());
      n.put("title", f.title());
      n.put("recommendation", f.recommendation());
      n.put("estimatedSavingBytes", f.estimatedSavingBytes());
    }
    a.minimalImage().ifPresentOrElse(m -> minimal(root.putObject("minimalImage"), m), () -> root.putNull("minimalImage"));
    ObjectNode base = root.putObject("base");
    a.base().os().ifPresentOrElse(os -> base.put("os", os), () -> base.putNull("os"));
    base.put("libc", a.base().libc());
    ObjectNode packages = base.putObject("packages");
    a.base().packages().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> packages.put(e.getKey(), e.getValue()));
    ArrayNode foreign = root.putArray("foreignLayers");
    a.foreignLayers().forEach(foreign::add);
  }

  private static void minimal(ObjectNode n, MinimalImage m) {
    n.put("entrypoint", m.entrypoint());
    n.put("estimatedBytes", m.estimatedBytes());
    n.put("complete", m.complete());
    ArrayNode files = n.putArray("files");
    for (MinimalImage.File f : m.files()) {
      ObjectNode o = files.addObject();
      o.put("path", f.path());
      o.put("bytes", f.bytes());
      o.put("reason", f.reason());
    }
    ArrayNode notes = n.putArray("notes");
    m.notes().forEach(notes::add);
  }
}
