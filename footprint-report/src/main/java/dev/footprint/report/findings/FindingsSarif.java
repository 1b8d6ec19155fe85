package dev.footprint.report.findings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.Category;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.Severity;
import dev.footprint.report.Json;
import java.util.Arrays;
import java.util.List;

/**
 * Findings as a SARIF 2.1.0 log for code-scanning UIs: one rule per category, one result per
 * finding, located at the image (artifact URI = the image reference) with the paths and layer as
 * logical locations and the bytes as properties. Stateless.
 */
public final class FindingsSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String DOCS = "docs/findings.md#";

  private FindingsSarif() {}

  public static String render(Analysis a, String imageReference, String toolVersion) {
    ObjectNode log = Json.mapper().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "footprint");
    if (toolVersion != null) {
      driver.put("version", toolVersion);
    }
    ArrayNode rules = driver.putArray("rules");
    List<Category> categories = Arrays.asList(Category.values());
    for (Category c : categories) {
      ObjectNode r = rules.addObject();
      r.put("id", c.id());
      r.put("name", c.id());
      r.putObject("shortDescription").put("text", CategoryText.describe(c));
      r.putObject("help").put("text", "See " + DOCS + c.id() + " in the footprint repository.");
      r.putObject("defaultConfiguration").put("level", level(CategoryText.defaultSeverity(c)));
    }
    run.putArray("artifacts").addObject().putObject("location").put("uri", imageReference);
    ArrayNode results = run.putArray("results");
    for (Finding f : a.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.category().id());
      r.put("ruleIndex", categories.indexOf(f.category()));
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.title() + ". Fix: " + f.recommendation());
      ObjectNode location = r.putArray("locations").addObject();
      ObjectNode artifact = location.putObject("physicalLocation").putObject("artifactLocation");
      artifact.put("uri", imageReference);
      artifact.put("index", 0);
      ArrayNode logical = location.putArray("logicalLocations");
      f.layer().ifPresent(l -> logical.addObject().put("name", "layer " + l).put("kind", "module"));
      f.paths().forEach(p -> logical.addObject().put("fullyQualifiedName", p).put("kind", "resource"));
      if (logical.isEmpty()) {
        location.remove("logicalLocations");
      }
      r.putObject("partialFingerprints").put("footprintFindingId/v1", f.id() + ":" + String.join(",", f.paths()));
      ObjectNode props = r.putObject("properties");
      props.put("id", f.id());
      props.put("bytes", f.bytes());
      props.put("estimatedSavingBytes", f.estimatedSavingBytes());
    }
    return Json.render(log);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
