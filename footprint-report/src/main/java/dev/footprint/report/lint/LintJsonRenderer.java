package dev.footprint.report.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.dockerfile.lint.Finding;
import dev.footprint.dockerfile.lint.LintResult;
import dev.footprint.dockerfile.lint.Severity;
import dev.footprint.report.Json;

/** {@code {schemaVersion, files[], findings[{file, rule, severity, line, endLine, message, fix}], counts}}. */
public final class LintJsonRenderer {
  private LintJsonRenderer() {}

  public static String render(LintReport report) {
    ObjectNode root = Json.document();
    ArrayNode files = root.putArray("files");
    ArrayNode findings = root.putArray("findings");
    for (LintResult r : report.results()) {
      files.add(r.file());
      for (Finding f : r.findings()) {
        ObjectNode o = findings.addObject();
        o.put("file", r.file());
        o.put("rule", f.rule());
        o.put("severity", f.severity().label());
        o.put("line", f.line());
        o.put("endLine", f.endLine());
        o.put("message", f.message());
        o.put("fix", f.fix());
      }
    }
    ObjectNode counts = root.putObject("counts");
    for (Severity s : Severity.values()) {
      counts.put(s.label(), report.count(s));
    }
    return Json.render(root);
  }
}
