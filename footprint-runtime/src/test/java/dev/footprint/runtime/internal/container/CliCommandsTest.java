package dev.footprint.runtime.internal.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.runtime.Limits;
import dev.footprint.runtime.RuntimeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The podman and docker command lines, checked without either tool. */
class CliCommandsTest {
  private final CliCommands docker = new CliCommands("/usr/bin/docker", RuntimeKind.DOCKER);
  private final CliCommands podman = new CliCommands("podman", RuntimeKind.PODMAN);

  @Test
  void run_withLimits_usesHostNetworkAndDockerLimitFlags() {
    assertThat(docker.run("footprint-1", "app:1", List.of("--port", "9"), new Limits(1.5, 256L << 20)))
        .containsExactly("/usr/bin/docker", "run", "--name", "footprint-1", "--network", "host",
            "--cpus", "1.500", "--memory", "268435456b", "--memory-swap", "268435456b", "app:1", "--port", "9");
  }

  @Test
  void run_withoutLimits_hasNoLimitFlags() {
    assertThat(podman.run("footprint-2", "oci:/x:latest", List.of(), Limits.NONE))
        .containsExactly("podman", "run", "--name", "footprint-2", "--network", "host", "oci:/x:latest");
  }

  @Test
  void pidAndRemove_addressTheContainerByName() {
    assertThat(docker.pid("footprint-1")).containsExactly("/usr/bin/docker", "inspect", "--format", "{{.State.Pid}}", "footprint-1");
    assertThat(podman.remove("footprint-2")).containsExactly("podman", "rm", "--force", "footprint-2");
  }

  @Test
  void load_dockerArchive_isLoadedFirstByDockerOnly() {
    assertThat(docker.load("docker-archive:/tmp/a.tar")).contains(List.of("/usr/bin/docker", "load", "--input", "/tmp/a.tar"));
    assertThat(docker.load("docker-archive:/tmp/a.tar:app:1")).contains(List.of("/usr/bin/docker", "load", "--input", "/tmp/a.tar"));
    assertThat(docker.load("nginx:latest")).isEmpty();
    assertThat(podman.load("docker-archive:/tmp/a.tar")).isEmpty();
    assertThat(podman.podmanImage("/tmp/a.tar")).isEqualTo("docker-archive:/tmp/a.tar");
  }

  @Test
  void loadedImage_takesTheNameDockerPrinted() {
    assertThat(CliCommands.loadedImage("Loaded image: app:1\n")).contains("app:1");
    assertThat(CliCommands.loadedImage("Loaded image ID: sha256:abc\n")).contains("sha256:abc");
    assertThat(CliCommands.loadedImage("nothing")).isEmpty();
  }
}
