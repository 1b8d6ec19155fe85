package dev.footprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.analyze.Analysis;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import dev.footprint.report.findings.FindingsJson;
import dev.footprint.report.findings.FindingsSarif;
import dev.footprint.report.findings.FindingsText;
import dev.footprint.report.inspect.InspectJson;
import dev.footprint.report.inspect.InspectReport;
import dev.footprint.report.inspect.InspectText;
import java.util.Optional;

/**
 * Puts inspect's report and its findings into one output: text (findings summary first, the
 * measurements, then findings ranked by saving), JSON (inspect's document plus the findings
 * fields), or SARIF (findings only). Stateless.
 */
final class InspectFindingsOutput {
  private InspectFindingsOutput() {}

  static String render(String format, InspectReport report, Optional<Analysis> analysis, Style style, String version) {
    long size = report.metrics().sizeBytes();
    switch (format) {
      case "sarif":
        return FindingsSarif.render(analysis.orElseThrow(), report.reference(), version);
      case "json":
        String json = InspectJson.render(report);
        if (analysis.isEmpty()) {
          return json;
        }
        try {
          ObjectNode root = (ObjectNode) Json.mapper().readTree(json);
          FindingsJson.addTo(root, analysis.get());
          return Json.render(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException("inspect JSON did not parse", e);
        }
      default:
        String text = InspectText.render(report, style);
        return analysis.map(a -> FindingsText.summary(a, size, style) + text + "\n" + FindingsText.details(a, style))
            .orElse(text);
    }
  }
}
