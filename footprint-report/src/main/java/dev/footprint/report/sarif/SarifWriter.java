package dev.footprint.report.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.report.Json;
import java.util.List;

/**
 * A minimal SARIF 2.1.0 log with one run: the tool with its rules, and results pointing at lines
 * of artifacts. Shared by every command that reports findings.
 */
public final class SarifWriter {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifWriter() {}

  /** Maps footprint severities ({@code error|warning|info}) to SARIF levels. */
  public static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }

  public static ObjectNode log(String toolName, String version, String informationUri,
      List<SarifRule> rules, List<SarifResult> results) {
    ObjectNode log = Json.mapper().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", toolName);
    if (version != null) {
      driver.put("version", version);
    }
    if (informationUri != null) {
      driver.put("informationUri", informationUri);
    }
    ArrayNode ruleArray = driver.putArray("rules");
    for (SarifRule r : rules) {
      ObjectNode o = ruleArray.addObject();
      o.put("id", r.id());
      o.put("name", r.name());
      o.putObject("shortDescription").put("text", r.shortDescription());
      o.putObject("help").put("text", r.helpText());
      if (r.helpUri() != null) {
        o.put("helpUri", r.helpUri());
      }
      o.putObject("defaultConfiguration").put("level", r.defaultLevel());
    }
    ArrayNode resultArray = run.putArray("results");
    for (SarifResult r : results) {
      ObjectNode o = resultArray.addObject();
      o.put("ruleId", r.ruleId());
      int index = indexOf(rules, r.ruleId());
      if (index >= 0) {
        o.put("ruleIndex", index);
      }
      o.put("level", r.level());
      o.putObject("message").put("text", r.message());
      ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", r.uri());
      if (r.startLine() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", r.startLine());
        region.put("endLine", Math.max(r.startLine(), r.endLine()));
      }
    }
    return log;
  }

  public static String render(ObjectNode log) {
    return Json.render(log);
  }

  private static int indexOf(List<SarifRule> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
