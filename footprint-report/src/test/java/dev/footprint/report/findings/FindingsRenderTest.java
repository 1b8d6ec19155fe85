package dev.footprint.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.analyze.Analysis;
import dev.footprint.analyze.BaseFacts;
import dev.footprint.analyze.Category;
import dev.footprint.analyze.Finding;
import dev.footprint.analyze.MinimalImage;
import dev.footprint.analyze.Severity;
import dev.footprint.report.Json;
import dev.footprint.report.Style;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Text ranks by saving with the summary first; JSON keeps the contract names; SARIF is 2.1.0. */
class FindingsRenderTest {
  private static Finding f(String id, Category c, Severity s, long saving) {
    return new Finding(id, c, s, OptionalInt.of(1), List.of("/a", "/b"), 3, saving + 10, "title of " + id,
        "do this", saving);
  }

  private static final Analysis ANALYSIS = new Analysis(
      List.of(f("docs-1", Category.DOCS, Severity.INFO, 100), f("secret-1", Category.SECRET, Severity.ERROR, 0),
          f("toolchain-1", Category.TOOLCHAIN, Severity.WARNING, 5_000_000),
          f("base-image-1", Category.BASE_IMAGE, Severity.INFO, 0)),
      Optional.of(new MinimalImage("/svc", 4096, List.of(new MinimalImage.File("/svc", 4096, "entrypoint")), true,
          List.of())),
      new BaseFacts(Optional.of("Debian"), "glibc", Map.of("dpkg", 9)), List.of());

  @Test
  void text_summaryFirstThenRankedBySaving() {
    String summary = FindingsText.summary(ANALYSIS, 10_000_000, Style.PLAIN);
    assertThat(summary).startsWith("Findings  4 (1 error, 1 warning, 2 info)  could save 4.8 MB");
    assertThat(summary).contains("Minimal image  4.0 kB");
    assertThat(summary.lines().count()).isLessThan(24);
    String details = FindingsText.details(ANALYSIS, Style.PLAIN);
    assertThat(details.indexOf("toolchain-1")).isLessThan(details.indexOf("docs-1"));
    assertThat(details.indexOf("docs-1")).isLessThan(details.indexOf("secret-1"));
    assertThat(details).contains("paths: /a, /b … (3 in all)").contains("fix: do this");
  }

  @Test
  void json_contractFields() throws Exception {
    ObjectNode root = Json.document();
    FindingsJson.addTo(root, ANALYSIS);
    JsonNode doc = Json.mapper().readTree(Json.render(root));
    JsonNode first = doc.at("/findings/0");
    assertThat(first.get("id").asText()).isEqualTo("toolchain-1");
    assertThat(first.get("category").asText()).isEqualTo("toolchain");
    assertThat(first.get("severity").asText()).isEqualTo("warning");
    assertThat(first.get("layer").asInt()).isEqualTo(1);
    assertThat(first.get("estimatedSavingBytes").asLong()).isEqualTo(5_000_000);
    assertThat(doc.at("/findingsSummary/problems").asInt()).as("info base facts are not problems").isEqualTo(3);
    assertThat(doc.at("/minimalImage/estimatedBytes").asLong()).isEqualTo(4096);
    assertThat(doc.at("/base/packages/dpkg").asInt()).isEqualTo(9);
  }

  @Test
  void sarif_oneRulePerCategoryOneResultPerFinding() throws Exception {
    JsonNode log = Json.mapper().readTree(FindingsSarif.render(ANALYSIS, "oci:/img", "1.0"));
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = log.at("/runs/0");
    assertThat(run.at("/tool/driver/rules").size()).isEqualTo(Category.values().length);
    assertThat(run.get("results").size()).isEqualTo(4);
    JsonNode secret = run.get("results").get(2);
    assertThat(secret.get("ruleId").asText()).isEqualTo("secret");
    assertThat(secret.get("level").asText()).isEqualTo("error");
    int index = secret.get("ruleIndex").asInt();
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("secret");
    assertThat(secret.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("oci:/img");
    assertThat(run.at("/results/3/level").asText()).isEqualTo("note");
  }
}
