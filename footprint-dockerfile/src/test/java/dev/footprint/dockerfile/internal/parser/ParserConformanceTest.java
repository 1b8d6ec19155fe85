package dev.footprint.dockerfile.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.dockerfile.Conformance;
import dev.footprint.dockerfile.DockerfileSyntaxException;
import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.Node;
import dev.footprint.dockerfile.ParsedDockerfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's parser corpus: every case reproduces its {@code result} byte for byte. */
class ParserConformanceTest {

  @TestFactory
  Stream<DynamicTest> testfiles_dumpMatchesResult() throws IOException {
    Path root = Conformance.buildkit().resolve("testfiles");
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(33);
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
          assertThat(dir.resolve("result")).as("unpaired case %s", dir).exists();
          String expected = Files.readString(dir.resolve("result"), StandardCharsets.UTF_8);
          ParsedDockerfile parsed = Dockerfiles.parse(dir.resolve("Dockerfile"));
          assertThat(Dockerfiles.dump(parsed)).isEqualTo(expected);
        }));
  }

  @TestFactory
  Stream<DynamicTest> negative_failsWithLocatedError() throws IOException {
    Path root = Conformance.buildkit().resolve("negative");
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSize(4);
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () ->
            assertThatThrownBy(() -> Dockerfiles.parse(dir.resolve("Dockerfile")))
                .isInstanceOf(DockerfileSyntaxException.class)
                .hasMessageStartingWith(dir.resolve("Dockerfile").toString())));
  }

  @Test
  void line_rangesMatchBuildkit() throws Exception {
    ParsedDockerfile parsed = Dockerfiles.parse(Conformance.buildkit().resolve("line/Dockerfile"));
    assertThat(parsed.startLine()).isEqualTo(5);
    assertThat(parsed.endLine()).isEqualTo(31);
    assertThat(parsed.nodes())
        .extracting(n -> List.of(n.startLine(), n.endLine()))
        .containsExactly(List.of(5, 5), List.of(11, 12), List.of(17, 31));
  }

  @Test
  void line_emptyContinuationWarns() throws Exception {
    ParsedDockerfile parsed = Dockerfiles.parse(Conformance.buildkit().resolve("line/Dockerfile"));
    assertThat(parsed.warnings()).hasSize(1);
    assertThat(parsed.warnings().get(0).message()).startsWith("Empty continuation line found in: RUN apt-get update");
    Node run = parsed.nodes().get(2);
    assertThat(run.command()).isEqualTo("run");
  }
}
