package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final String NAIVE = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD /app\n";
  private static final String CLEAN = "FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 65532\nENTRYPOINT [\"curl\"]\n";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static Path buildkit() {
    Path p = Path.of(System.getProperty("footprint.shared", "../../shared"), "conformance", "buildkit-parser");
    if (!Files.isDirectory(p)) {
      assertThat(System.getenv("CI")).as("conformance data missing on CI").isNotEqualTo("true");
      assumeTrue(false, "no conformance data at " + p);
    }
    return p;
  }

  @TestFactory
  Stream<DynamicTest> parseOnly_buildkitFormat_reproducesEveryResult() throws Exception {
    List<Path> cases;
    try (Stream<Path> s = Files.list(buildkit().resolve("testfiles"))) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      Run r = run("lint", "--parse-only", "--format", "buildkit", c.resolve("Dockerfile").toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEqualTo(Files.readString(c.resolve("result"), StandardCharsets.UTF_8));
    }));
  }

  @TestFactory
  Stream<DynamicTest> parseOnly_negativeCases_exit2WithOneLine() throws Exception {
    List<Path> cases;
    try (Stream<Path> s = Files.list(buildkit().resolve("negative"))) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      Run r = run("lint", "--parse-only", "--format", "buildkit", c.resolve("Dockerfile").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).startsWith("footprint: " + c.resolve("Dockerfile"));
    }));
  }

  @Test
  void lint_findingsAtWarning_exit1_cleanExit0() throws Exception {
    Run bad = run("lint", "--no-color", write("a/Dockerfile", NAIVE).toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("Dockerfile:4  warning  FP101").contains("fix: ").contains("findings in 1 file");
    write("b/.dockerignore", ".git\n");
    Run ok = run("lint", write("b/Dockerfile", CLEAN).toString());
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("no findings in 1 file");
  }

  @Test
  void lint_failOnThresholds() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3.20\nUSER 0\n");
    assertThat(run("lint", f.toString()).code()).isZero();
    assertThat(run("lint", "--fail-on", "info", f.toString()).code()).isEqualTo(1);
    assertThat(run("lint", "--fail-on", "none", write("n/Dockerfile", NAIVE).toString()).code()).isZero();
    assertThat(run("lint", "--fail-on", "bogus", f.toString()).code()).isEqualTo(2);
  }

  @Test
  void lint_unreadableOrMissing_exit2() throws Exception {
    assertThat(run("lint", dir.resolve("nope").toString()).code()).isEqualTo(2);
    Run r = run("lint", write("Dockerfile", "# only a comment\n").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("file with no instructions");
  }

  @Test
  void json_hasFindingsWithRuleSeverityLineMessageFix() throws Exception {
    Run r = run("lint", "--format", "json", write("Dockerfile", NAIVE).toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode first = root.get("findings").get(0);
    for (String field : List.of("file", "rule", "severity", "line", "message", "fix")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(root.get("counts").get("warning").asInt()).isGreaterThan(0);
  }

  @Test
  void sarif_isVersion210WithRulesAndRegions() throws Exception {
    Run r = run("lint", "--format", "sarif", write("Dockerfile", NAIVE).toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = root.get("runs").get(0);
    assertThat(run.at("/tool/driver/rules").size()).isGreaterThanOrEqualTo(26);
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("ruleId").asText()).startsWith("FP");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("Dockerfile");
    assertThat(run.at("/tool/driver/rules/0/help/text").asText()).isNotBlank();
  }

  @Test
  void checkstyle_isWellFormedXml() throws Exception {
    Run r = run("lint", "--format", "checkstyle", write("Dockerfile", NAIVE).toString());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("error").getLength()).isGreaterThan(3);
  }

  @Test
  void tree_findsEveryDockerfileName_andSkipsHiddenAndIgnoreFiles() throws Exception {
    write("Dockerfile", CLEAN);
    write("svc/api.Dockerfile", CLEAN);
    write("svc/Dockerfile.dev", CLEAN);
    write("web/Containerfile", CLEAN);
    write("web/Dockerfile.dockerignore", ".git\n");
    write(".git/Dockerfile", CLEAN);
    write("node_modules/x/Dockerfile", CLEAN);
    Run r = run("lint", "--format", "json", dir.toString());
    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertThat(files).hasSize(4);
  }

  @Test
  void tree_badFileReported_othersStillLinted_exit2() throws Exception {
    write("a/Dockerfile", CLEAN);
    write("b/Dockerfile", "FROM a\nENV PATH\n");
    Run r = run("lint", "--format", "json", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("ENV must have two arguments");
    assertThat(new ObjectMapper().readTree(r.out()).get("files")).hasSize(1);
  }

  @Test
  void fix_printsDiff_andInPlaceRewritesAtomically() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nCMD curl --version\n");
    Run diff = run("lint", "--fix", f.toString());
    assertThat(diff.code()).isZero();
    assertThat(diff.out()).contains("-RUN apk add curl\n").contains("+RUN apk add --no-cache curl\n")
        .contains("+CMD [\"curl\", \"--version\"]");
    assertThat(Files.readString(f)).contains("RUN apk add curl\n");
    Run in = run("lint", "--fix", "--in-place", f.toString());
    assertThat(in.code()).isZero();
    assertThat(in.err()).contains("fixed ").contains("FP201");
    assertThat(Files.readString(f)).isEqualTo("FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD [\"curl\", \"--version\"]\n");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("Dockerfile");
    }
  }

  @Test
  void config_ignoreSeverityAndTrustedRegistries_fromExplicitFile() throws Exception {
    Path f = write("Dockerfile", "FROM quay.io/x/y:1\nRUN apk add curl\nUSER 1\n");
    Path cfg = write(".footprint.yaml", "lint:\n  ignore: [FP201]\n  severity: {FP404: error}\n  trusted-registries: [docker.io]\n");
    Run r = run("lint", "--format", "json", "--config", cfg.toString(), f.toString());
    String out = r.out();
    assertThat(out).doesNotContain("FP201").contains("FP406");
    Path bad = write("bad.yaml", "lint:\n  ignore: [FP999]\n");
    Run b = run("lint", "--config", bad.toString(), f.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.err()).contains("unknown rule id 'FP999'");
  }

  @Test
  void config_lookedUpFromDirectoryUpwards() throws Exception {
    write(".footprint.yaml", "lint:\n  fail-on: info\n");
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertThat(LintConfigFile.locate(deep)).isEqualTo(dir.resolve(".footprint.yaml").toAbsolutePath());
    assertThat(LintConfigFile.load(LintConfigFile.locate(deep)).failOn()).isEqualTo(dev.footprint.dockerfile.lint.Severity.INFO);
  }

  @Test
  void ignoreFlag_andInlinePragma() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3.20\n# footprint ignore=FP201\nRUN apk add curl\nUSER 1\n");
    assertThat(run("lint", f.toString()).code()).isZero();
    Path g = write("g/Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nUSER 1\n");
    assertThat(run("lint", "--ignore", "FP201", g.toString()).code()).isZero();
    assertThat(run("lint", "--ignore", "FP999", g.toString()).code()).isEqualTo(2);
  }

  @Test
  void parseOnly_json_listsInstructionsWithLines() throws Exception {
    Run r = run("lint", "--parse-only", "--format", "json", write("Dockerfile", "FROM a\nRUN <<EOF\necho\nEOF\n").toString());
    JsonNode run = new ObjectMapper().readTree(r.out()).at("/files/0/instructions/1");
    assertThat(run.get("endLine").asInt()).isEqualTo(4);
    assertThat(run.at("/heredocs/0/content").asText()).isEqualTo("echo\n");
  }
}
