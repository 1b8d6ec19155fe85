package dev.footprint.dockerfile.lint;

import static dev.footprint.dockerfile.lint.RuleAssert.doesNotFire;
import static dev.footprint.dockerfile.lint.RuleAssert.fires;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerRulesTest {
  @TempDir Path context;

  @Test
  void fp301_consecutiveRuns_fireOncePerSequence() {
    Finding f = fires("FP301", "FROM debian:12\nRUN ./configure\n# compile\nRUN make\nRUN make install\n");
    assertThat(f.line()).isEqualTo(4);
    assertThat(f.message()).startsWith("3 consecutive RUN").contains("2-5");
    assertThat(RuleAssert.findings("FP301", "FROM debian:12\nRUN a\nRUN b\nENV X=1\nRUN c\nRUN d\n", null)).hasSize(2);
  }

  @Test
  void fp301_differentFlagsOrOtherInstructionOrBuildStage_doesNotFire() {
    doesNotFire("FP301", "FROM node:20\nRUN --mount=type=secret,id=npmrc npm ci\nRUN npm test\n");
    doesNotFire("FP301", "FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\n");
    doesNotFire("FP301", "FROM debian:12 AS b\nRUN a\nRUN b\nFROM scratch\nCOPY --from=b /x /x\n");
  }

  @Test
  void fp302_copyAllBeforeGoModDownload_fires() {
    Finding f = fires("FP302", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n");
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.fix()).contains("go.mod").contains("go mod download");
    assertThat(fires("FP302", "FROM node:20\nCOPY . .\nRUN npm ci\n").fix()).contains("package.json");
  }

  @Test
  void fp302_manifestsFirst_doesNotFire() {
    doesNotFire("FP302", "FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build .\n");
    doesNotFire("FP302", "FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n");
    doesNotFire("FP302", "FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n");
  }

  @Test
  void fp303_addLocalFile_firesWithFix() {
    fires("FP303", "FROM debian:12\nADD app.jar /opt/app/\n");
  }

  @Test
  void fp303_addUrlOrArchive_doesNotFire() {
    doesNotFire("FP303", "FROM debian:12\nADD rootfs.tar.gz /\n");
    doesNotFire("FP303", "FROM debian:12\nADD https://example.com/app.jar /opt/app/\n");
    doesNotFire("FP303", "FROM debian:12\nCOPY app.jar /opt/app/\n");
  }

  @Test
  void fp304_copyAllWithoutDockerignore_fires() throws Exception {
    fires("FP304", "FROM debian:12\nCOPY . /app\n", context);
    Files.writeString(context.resolve(".dockerignore"), ".git\n");
    doesNotFire("FP304", "FROM debian:12\nCOPY . /app\n", context);
  }

  @Test
  void fp304_noWholeCopyOrDockerfileSpecificIgnore_doesNotFire() throws Exception {
    doesNotFire("FP304", "FROM debian:12\nCOPY app /app\n", context);
    Files.writeString(context.resolve("Dockerfile.dockerignore"), ".git\n");
    doesNotFire("FP304", "FROM debian:12\nCOPY . /app\n", context);
  }

  @Test
  void fp305_ignoreMissingGitAndPresentOutputs_fires() throws Exception {
    Files.createDirectory(context.resolve("node_modules"));
    Files.writeString(context.resolve(".dockerignore"), "*.log\n");
    Finding f = fires("FP305", "FROM node:20\nCOPY . .\n", context);
    assertThat(f.message()).contains(".git").contains("node_modules/");
  }

  @Test
  void fp305_completeIgnore_doesNotFire() throws Exception {
    Files.createDirectory(context.resolve("target"));
    Files.writeString(context.resolve(".dockerignore"), "# outputs\n.git\n/target/\n");
    doesNotFire("FP305", "FROM maven:3.9\nCOPY . .\n", context);
  }
}
