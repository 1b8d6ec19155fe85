package dev.footprint.runtime.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootfsPathTest {
  @TempDir Path root;

  @Test
  void resolve_absoluteSymlinkInParent_staysInsideTheRoot() throws Exception {
    Files.createSymbolicLink(root.resolve("etc"), Path.of("/real-etc"));
    assertThat(RootfsPath.resolve(root, "etc/passwd")).isEqualTo(root.resolve("real-etc/passwd"));
  }

  @Test
  void resolve_selfLoop_failsLikeTheKernel() throws Exception {
    Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RootfsPath.resolve(root, "etc/passwd"))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("symbolic links");
  }

  @Test
  void resolve_dotDotLinks_areClampedAtTheRoot() throws Exception {
    Files.createDirectories(root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/up"), Path.of("../../../../tmp"));
    assertThat(RootfsPath.resolve(root, "a/up/x")).isEqualTo(root.resolve("tmp/x"));
    assertThat(RootfsPath.resolve(root, "../../x")).isEqualTo(root.resolve("x"));
  }

  @Test
  void resolve_relativeLink_followsWithinTheTree() throws Exception {
    Files.createDirectories(root.resolve("usr/lib"));
    Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
    assertThat(RootfsPath.resolve(root, "lib/libc.so")).isEqualTo(root.resolve("usr/lib/libc.so"));
  }
}
