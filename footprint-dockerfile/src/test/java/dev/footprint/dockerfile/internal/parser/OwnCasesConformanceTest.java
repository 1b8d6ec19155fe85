package dev.footprint.dockerfile.internal.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.dockerfile.Dockerfiles;
import dev.footprint.dockerfile.ParsedDockerfile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own cases in BuildKit's corpus format (heredocs, lower case, CRLF, BOM, backtick escape):
 * {@code Dockerfile}, its {@code result} dump, and {@code lines} (start-end per instruction).
 */
class OwnCasesConformanceTest {
  @TestFactory
  Stream<DynamicTest> ownCases_dumpAndLinesMatch() throws Exception {
    Path root = root();
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).extracting(p -> p.getFileName().toString())
        .contains("heredoc", "lowercase", "crlf", "bom");
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      assertThat(dir.resolve("result")).as("unpaired case").exists();
      ParsedDockerfile p = Dockerfiles.parse(dir.resolve("Dockerfile"));
      assertThat(Dockerfiles.dump(p)).isEqualTo(Files.readString(dir.resolve("result"), StandardCharsets.UTF_8));
      List<String> lines = p.nodes().stream().map(n -> n.startLine() + "-" + n.endLine()).toList();
      assertThat(lines).isEqualTo(Files.readAllLines(dir.resolve("lines")));
    }));
  }

  private static Path root() throws URISyntaxException {
    return Path.of(OwnCasesConformanceTest.class.getResource("/parser-cases").toURI());
  }
}
