package dev.footprint.runtime.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserResolverTest {
  @TempDir Path rootfs;

  @BeforeEach
  void files() throws Exception {
    Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\napp:x:1001:1002::/home/app:/bin/sh\n");
    Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nstaff:x:50:\n");
  }

  @Test
  void resolve_namesFromTheImagesOwnFiles() throws Exception {
    UserResolver r = new UserResolver(rootfs);
    assertThat(r.resolve("")).isEqualTo(new UserResolver.Ids(0, 0, List.of()));
    assertThat(r.resolve("app")).isEqualTo(new UserResolver.Ids(1001, 1002, List.of()));
    assertThat(r.resolve("app:staff")).isEqualTo(new UserResolver.Ids(1001, 50, List.of()));
    assertThat(r.resolve("1001")).isEqualTo(new UserResolver.Ids(1001, 1002, List.of()));
    assertThat(r.resolve("65532:65532")).isEqualTo(new UserResolver.Ids(65532, 65532, List.of()));
  }

  @Test
  void resolve_unknownName_isBadInput() {
    assertThatThrownBy(() -> new UserResolver(rootfs).resolve("nobody"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nobody");
  }

  @Test
  void processPlan_argsReplaceCmdButKeepEntrypoint() throws Exception {
    ImageConfig cfg = config(List.of("/entry"), List.of("serve"), "");
    assertThat(ProcessPlan.of(cfg, List.of(), rootfs).args()).containsExactly("/entry", "serve");
    assertThat(ProcessPlan.of(cfg, List.of("check"), rootfs).args()).containsExactly("/entry", "check");
    assertThat(ProcessPlan.of(cfg, List.of(), rootfs).env()).first().isEqualTo(ProcessPlan.DEFAULT_PATH);
    assertThat(ProcessPlan.of(cfg, List.of(), rootfs).cwd()).isEqualTo("/");
  }

  @Test
  void processPlan_nothingToRun_isBadInput() {
    assertThatThrownBy(() -> ProcessPlan.of(config(List.of(), List.of(), ""), List.of(), rootfs))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("pass the command after --");
  }

  private static ImageConfig config(List<String> entrypoint, List<String> cmd, String user) {
    return new ImageConfig(new Platform("linux", "amd64", ""), Optional.empty(), Optional.empty(),
        entrypoint, cmd, List.of(), user, "", List.of(), Map.of(), Optional.empty(), List.of(), List.of());
  }
}
