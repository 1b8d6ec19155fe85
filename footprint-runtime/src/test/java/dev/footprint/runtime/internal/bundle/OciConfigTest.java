package dev.footprint.runtime.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.runtime.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OciConfigTest {
  private final ContainerProcess process =
      new ContainerProcess(List.of("/app/server", "--port", "8080"), List.of("PATH=/bin", "A=b"), "/srv", 1000, 1000, List.of());

  @Test
  void build_sharesHostNetworkAndKeepsOtherNamespacesPrivate() {
    JsonNode c = new OciConfig().build(process, "rootfs", false, "/footprint-abc", Limits.NONE);
    List<String> types = new ArrayList<>();
    c.path("linux").path("namespaces").forEach(n -> types.add(n.path("type").asText()));
    assertThat(types).containsExactlyInAnyOrder("pid", "ipc", "uts", "mount").doesNotContain("network");
    assertThat(c.path("linux").path("cgroupsPath").asText()).isEqualTo("/footprint-abc");
  }

  @Test
  void build_carriesTheImageProcess() {
    JsonNode p = new OciConfig().build(process, "rootfs", false, "/x", Limits.NONE).path("process");
    assertThat(p.path("args").toString()).isEqualTo("[\"/app/server\",\"--port\",\"8080\"]");
    assertThat(p.path("env").toString()).isEqualTo("[\"PATH=/bin\",\"A=b\"]");
    assertThat(p.path("cwd").asText()).isEqualTo("/srv");
    assertThat(p.path("user").path("uid").asLong()).isEqualTo(1000);
    assertThat(p.path("terminal").asBoolean()).isFalse();
  }

  @Test
  void build_limits_becomeCgroupResources() {
    JsonNode r = new OciConfig().build(process, "rootfs", true, "/x", new Limits(0.5, 64L << 20))
        .path("linux").path("resources");
    assertThat(r.path("memory").path("limit").asLong()).isEqualTo(64L << 20);
    assertThat(r.path("cpu").path("quota").asLong()).isEqualTo(50_000);
    assertThat(r.path("cpu").path("period").asLong()).isEqualTo(100_000);
  }

  @Test
  void build_noLimits_leavesResourcesUnbounded() {
    JsonNode r = new OciConfig().build(process, "rootfs", false, "/x", Limits.NONE).path("linux").path("resources");
    assertThat(r.has("memory")).isFalse();
    assertThat(r.has("cpu")).isFalse();
  }
}
