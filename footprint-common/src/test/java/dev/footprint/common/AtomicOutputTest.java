package dev.footprint.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void writeFile_failureLeavesExistingTargetAndNoTemp() throws Exception {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicOutput.writeFile(
                    target,
                    out -> {
                      out.write("partial".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (var list = Files.list(dir)) {
      assertThat(list).containsExactly(target);
    }
  }

  @Test
  void writeDirectory_replacesWholeTreeOnSuccess() throws Exception {
    Path target = dir.resolve("layout");
    Files.createDirectories(target.resolve("blobs"));
    Files.writeString(target.resolve("stale"), "x");
    AtomicOutput.writeDirectory(target, d -> Files.writeString(d.resolve("index.json"), "{}"));
    try (var list = Files.list(target)) {
      assertThat(list).containsExactly(target.resolve("index.json"));
    }
    try (var list = Files.list(dir)) {
      assertThat(list).containsExactly(target);
    }
  }
}
