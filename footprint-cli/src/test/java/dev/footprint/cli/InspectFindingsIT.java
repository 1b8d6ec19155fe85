package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Findings on the buildah-built fixture images (scripts/fixtures.sh): the single-stage Go image
 * shows the signature of a single-stage build, the planted image one case per category, clean
 * images nothing (info-level base facts at most), and the minimal-image estimate of go-single
 * lands within 10% of go-multi, the same service built multi-stage onto scratch with -s -w.
 */
class InspectFindingsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Fake secrets planted by testdata/images/planted; none may ever be printed. */
  private static final List<String> PLANTED_VALUES = List.of("fake-password-for-footprint-tests",
      "fake-token-for-footprint-tests", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "FAKE-footprint-test-token",
      "pypi-FAKE", "Zm9vdHByaW50", "ZmFrZXVzZXI6");

  private static String fixture(String name) {
    Path dir = Path.of(System.getProperty("footprint.fixtures", System.getProperty("user.home") + "/.cache/footprint/fixtures"), name);
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("fixture " + dir + " missing (CI=true); run scripts/fixtures.sh");
      }
      assumeTrue(false, "fixture " + dir + " not built; run scripts/fixtures.sh");
    }
    return "oci-archive:" + dir.resolve("oci-archive.tar");
  }

  private static JsonNode json(String ref) throws Exception {
    CliRun run = CliRun.of("inspect", "--no-verify", "--format", "json", ref);
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static Set<String> categories(JsonNode doc) {
    Set<String> out = new HashSet<>();
    doc.get("findings").forEach(f -> out.add(f.get("category").asText()));
    return out;
  }

  @Test
  void goSingle_showsSingleStageSignature_andMinimalImageNearGoMulti() throws Exception {
    JsonNode single = json(fixture("go-single"));
    assertThat(categories(single)).contains("toolchain", "unstripped-binary", "go-build-flags", "base-image");
    for (JsonNode f : single.get("findings")) {
      assertThat(f.fieldNames()).toIterable().contains("id", "category", "severity", "layer", "paths", "bytes",
          "recommendation", "estimatedSavingBytes");
    }
    long estimate = single.at("/minimalImage/estimatedBytes").asLong();
    long multi = json(fixture("go-multi")).at("/image/sizeBytes").asLong();
    assertThat(single.at("/minimalImage/complete").asBoolean()).isTrue();
    assertThat((double) estimate).as("estimate %d vs go-multi %d", estimate, multi)
        .isBetween(multi * 0.9, multi * 1.1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"go-multi", "clean"})
  void cleanImages_yieldNoProblems(String name) throws Exception {
    JsonNode doc = json(fixture(name));
    assertThat(doc.at("/findingsSummary/problems").asInt()).as(doc.get("findings").toString()).isZero();
    for (JsonNode f : doc.get("findings")) {
      assertThat(f.get("category").asText()).isEqualTo("base-image");
      assertThat(f.get("severity").asText()).isEqualTo("info");
    }
    assertThat(CliRun.of("inspect", "--no-verify", "--fail-on", "info", fixture(name)).exit()).isZero();
  }

  @Test
  void planted_oneFindingPerPlantedCategory_secretsNeverPrinted() throws Exception {
    String ref = fixture("planted");
    JsonNode doc = json(ref);
    assertThat(categories(doc)).contains("wasted", "duplicate", "package-cache", "docs", "vcs", "source", "secret",
        "unstripped-binary", "go-build-flags", "layers");
    Set<String> secretPaths = new HashSet<>();
    for (JsonNode f : doc.get("findings")) {
      if (f.get("category").asText().equals("secret")) {
        f.get("paths").forEach(p -> secretPaths.add(p.asText()));
      }
    }
    assertThat(secretPaths).contains("/app/certs/server.key", "/root/.ssh/id_ed25519", "/root/.aws/credentials",
        "/app/.env", "/app/.npmrc", "/root/.pypirc", "/root/.docker/config.json", "/app/deploy-key.pem",
        "config:Env/API_TOKEN");
    JsonNode wasted = null;
    for (JsonNode f : doc.get("findings")) {
      if (f.get("category").asText().equals("wasted")) {
        wasted = f;
      }
    }
    assertThat(wasted.get("paths").toString()).contains("/tmp/build-artifact.bin");
    assertThat(secretPaths).as("the planted RUN line holds a fake AWS key").contains("config:history/10");
    // The layer table quotes build commands (which is where the history finding points); the
    // findings themselves never carry a value.
    String text = CliRun.of("inspect", "--no-verify", ref).out();
    String findingsText = text.substring(0, text.indexOf("\nImage  ")) + text.substring(text.indexOf("Findings, ranked"));
    CliRun sarif = CliRun.of("inspect", "--no-verify", "--format", "sarif", ref);
    for (String value : PLANTED_VALUES) {
      assertThat(findingsText + doc.get("findings") + doc.get("minimalImage") + sarif.out()).doesNotContain(value);
    }
  }

  @Test
  void planted_sarifAndFailOn() throws Exception {
    String ref = fixture("planted");
    CliRun sarif = CliRun.of("inspect", "--no-verify", "--format", "sarif", ref);
    assertThat(sarif.exit()).isZero();
    JsonNode log = JSON.readTree(sarif.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("footprint");
    assertThat(run.get("results").size()).isEqualTo(json(ref).get("findings").size());
    Set<String> rules = new HashSet<>();
    run.at("/tool/driver/rules").forEach(r -> rules.add(r.get("id").asText()));
    run.get("results").forEach(r -> {
      assertThat(rules).contains(r.get("ruleId").asText());
      assertThat(r.get("level").asText()).isIn("error", "warning", "note");
    });
    CliRun gate = CliRun.of("inspect", "--no-verify", "--fail-on", "error", ref);
    assertThat(gate.exit()).isEqualTo(1);
    assertThat(gate.err()).contains("secret-1");
  }

  @Test
  void cSsl_minimalImageKeepsItsLibraryClosure() throws Exception {
    JsonNode doc = json(fixture("c-ssl"));
    Set<String> files = new HashSet<>();
    doc.at("/minimalImage/files").forEach(f -> files.add(f.get("path").asText()));
    assertThat(doc.at("/minimalImage/complete").asBoolean()).isTrue();
    assertThat(files).contains("/usr/local/bin/ssl-hash");
    assertThat(files).anyMatch(f -> f.endsWith("/libssl.so.3"));
    assertThat(files).anyMatch(f -> f.endsWith("/libcrypto.so.3"));
    assertThat(files).anyMatch(f -> f.endsWith("/libc.so.6"));
    assertThat(files).anyMatch(f -> f.contains("ld-linux-x86-64.so.2"));
    assertThat(categories(doc)).contains("unstripped-binary", "base-image", "package-cache");
    assertThat(categories(doc)).doesNotContain("libc-mismatch", "secret", "toolchain");
  }

  @Test
  void goCgo_ownCCodeIsNotCalledNeedlessCgo() throws Exception {
    JsonNode doc = json(fixture("go-cgo"));
    assertThat(categories(doc)).contains("unstripped-binary", "go-build-flags", "base-image");
    assertThat(categories(doc)).doesNotContain("libc-mismatch", "toolchain");
    for (JsonNode f : doc.get("findings")) {
      assertThat(f.get("title").asText()).doesNotContain("CGO_ENABLED=1");
    }
    assertThat(doc.at("/base/libc").asText()).isEqualTo("glibc");
  }
}
