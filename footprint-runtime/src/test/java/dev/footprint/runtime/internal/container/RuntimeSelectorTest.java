package dev.footprint.runtime.internal.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.UnavailableException;
import dev.footprint.runtime.RuntimeKind;
import dev.footprint.runtime.internal.bundle.BundleCache;
import dev.footprint.runtime.internal.limits.CgroupLayout;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeSelectorTest {
  private static RuntimeSelector with(String... tools) {
    Set<String> present = Set.of(tools);
    return new RuntimeSelector(n -> present.contains(n) ? Optional.of(Path.of("/usr/bin", n)) : Optional.empty(),
        new BundleCache(Path.of("/nonexistent")), Path.of("/tmp"), CgroupLayout.of(Path.of("/nonexistent")));
  }

  @Test
  void choose_program_isProcessWithoutLookingForTools() throws Exception {
    assertThat(with().choose(null, false)).isEqualTo(RuntimeKind.PROCESS);
  }

  @Test
  void choose_imageWithOnlyPodman_picksPodman() throws Exception {
    assertThat(with("podman", "docker").choose(null, true)).isEqualTo(RuntimeKind.PODMAN);
  }

  @Test
  void choose_explicitButMissing_isUnavailable() {
    assertThatThrownBy(() -> with("runc").choose(RuntimeKind.DOCKER, true))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("docker not found");
  }

  @Test
  void choose_nothingInstalled_saysWhatToInstall() {
    assertThatThrownBy(() -> with().choose(null, true))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("install runc or podman");
  }
}
