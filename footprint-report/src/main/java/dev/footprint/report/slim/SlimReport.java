package dev.footprint.report.slim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.image.metrics.DiveResult;
import dev.footprint.report.DiveJson;
import dev.footprint.report.HumanSize;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import dev.footprint.report.TextTable;
import dev.footprint.slim.SlimResult;
import dev.footprint.slim.SlimResult.Change;
import dev.footprint.slim.Transformation;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a slim run: before → after, then what each transformation saved. The dry run lists
 * every change; a real run lists them only in JSON.
 *
 */
public record SlimReport(String input, Optional<String> output, SlimResult result) {

  public String text(Style style, boolean dryRun) {
    StringBuilder out = new StringBuilder();
    SlimResult r = result;
    out.append(style.bold(dryRun ? "footprint slim (dry run) " : "footprint slim ")).append(input)
        .append(output.map(o -> " → " + o).orElse("")).append('\n');
    out.append(String.format(Locale.ROOT, "size        %s → %s  (%s)%n", HumanSize.format(r.beforeSizeBytes()),
        HumanSize.format(r.afterSizeBytes()), percent(r.beforeSizeBytes(), r.afterSizeBytes())));
    out.append(String.format(Locale.ROOT, "compressed  %s → %s  (%s)%n",
        HumanSize.format(r.beforeCompressedSizeBytes()), HumanSize.format(r.afterCompressedSizeBytes()),
        percent(r.beforeCompressedSizeBytes(), r.afterCompressedSizeBytes())));
    out.append(String.format(Locale.ROOT, "layers      %d → %d%n", r.beforeLayerCount(), r.afterLayerCount()));
    DiveResult dive = r.afterEfficiency();
    out.append(String.format(Locale.ROOT, "efficiency  %.4f after (dive), wasted %s%n",
        dive.score(), HumanSize.format(dive.wastedBytes())));
    out.append('\n');
    TextTable t = TextTable.of("transformation", ">saved", ">files removed", "examples");
    for (Transformation x : r.transformations()) {
      t.row(x.name(), HumanSize.format(x.bytesSaved()), x.filesRemoved(), x.paths().isEmpty() ? "" : x.paths().get(0) + (x.paths().size() > 1 ? ", …" : ""));
    }
    out.append(t.render());
    for (String note : r.notes()) {
      out.append("note: ").append(note).append('\n');
    }
    if (dryRun) {
      out.append('\n').append(r.changes().size()).append(" change(s):\n");
      for (Change c : r.changes()) {
        out.append(c.removed() ? "  remove " : "  rewrite ").append(c.path()).append("  [")
            .append(c.transformation()).append(", ").append(HumanSize.format(c.bytesSaved())).append("]\n");
      }
      out.append("Nothing was written (dry run).\n");
    } else {
      r.manifestDigest().ifPresent(d -> out.append("\nwrote ").append(output.orElse("")).append("  manifest ")
          .append(d).append('\n'));
    }
    return out.toString();
  }

  public String json(boolean dryRun) {
    ObjectNode root = Json.document();
    SlimResult r = result;
    root.put("input", input);
    root.put("dryRun", dryRun);
    ObjectNode before = root.putObject("before");
    before.put("sizeBytes", r.beforeSizeBytes());
    before.put("compressedSizeBytes", r.beforeCompressedSizeBytes());
    before.put("layerCount", r.beforeLayerCount());
    ObjectNode a = root.putObject("after");
    a.put("sizeBytes", r.afterSizeBytes());
    a.put("compressedSizeBytes", r.afterCompressedSizeBytes());
    a.put("layerCount", r.afterLayerCount());
    DiveJson.putScore(a.putObject("efficiency"), r.afterEfficiency());
    ArrayNode ts = root.putArray("transformations");
    for (Transformation x : r.transformations()) {
      ObjectNode n = ts.addObject();
      n.put("name", x.name());
      n.put("bytesSaved", x.bytesSaved());
      n.put("filesRemoved", x.filesRemoved());
    }
    ObjectNode o = root.putObject("output");
    if (output.isPresent() && !dryRun) {
      o.put("reference", output.get());
    } else {
      o.putNull("reference");
    }
    if (r.manifestDigest().isPresent()) {
      o.put("manifestDigest", r.manifestDigest().get());
    } else {
      o.putNull("manifestDigest");
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    ArrayNode cs = root.putArray("changes");
    for (Change c : r.changes()) {
      ObjectNode n = cs.addObject();
      n.put("path", c.path());
      n.put("transformation", c.transformation());
      n.put("bytesSaved", c.bytesSaved());
      n.put("removed", c.removed());
    }
    return Json.render(root);
  }

  private static String percent(long before, long after) {
    if (before == 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+.1f%%", (after - before) * 100.0 / before);
  }
}
