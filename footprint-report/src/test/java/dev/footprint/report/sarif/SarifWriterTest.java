package dev.footprint.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
  @Test
  void log_hasRulesResultsRegionsAndLevels() throws Exception {
    List<SarifRule> rules = List.of(
        new SarifRule("X1", "First", "first rule", "do this", "https://example.org/x1", "warning"),
        new SarifRule("X2", "Second", "second rule", "do that", null, "note"));
    List<SarifResult> results = List.of(
        new SarifResult("X2", SarifWriter.level("info"), "msg two", "dir/Dockerfile", 3, 5),
        new SarifResult("X1", SarifWriter.level("error"), "whole file", "img.tar", 0, 0));
    JsonNode log = new ObjectMapper().readTree(SarifWriter.render(SarifWriter.log("tool", "1.0", null, rules, results)));
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = log.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("tool");
    assertThat(run.at("/tool/driver/rules/0/helpUri").asText()).isEqualTo("https://example.org/x1");
    assertThat(run.at("/tool/driver/rules/1").has("helpUri")).isFalse();
    assertThat(run.at("/tool/driver/rules/1/help/text").asText()).isEqualTo("do that");
    JsonNode first = run.at("/results/0");
    assertThat(first.get("ruleId").asText()).isEqualTo("X2");
    assertThat(first.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(first.get("level").asText()).isEqualTo("note");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(first.at("/locations/0/physicalLocation/region/endLine").asInt()).isEqualTo(5);
    JsonNode second = run.at("/results/1");
    assertThat(second.get("level").asText()).isEqualTo("error");
    assertThat(second.at("/locations/0/physicalLocation").has("region")).isFalse();
    assertThat(second.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("img.tar");
  }
}
