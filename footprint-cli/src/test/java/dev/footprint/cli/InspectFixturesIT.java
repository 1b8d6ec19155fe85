package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real images built with buildah (scripts/fixtures.sh), each exported as docker-archive, oci and
 * oci-archive: the three forms must give identical metrics, and the OCI form must agree with
 * {@code skopeo inspect}.
 */
class InspectFixturesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SAME = List.of("/image/sizeBytes", "/image/layerCount", "/image/fileCount",
      "/image/id", "/image/os", "/image/architecture", "/image/entrypoint", "/image/cmd", "/image/envNames",
      "/image/exposedPorts", "/efficiency");

  private static Path fixture(String name) {
    Path dir = Path.of(System.getProperty("footprint.fixtures", System.getProperty("user.home") + "/.cache/footprint/fixtures"), name);
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail("fixture " + dir + " missing (CI=true); run scripts/fixtures.sh");
      }
      assumeTrue(false, "fixture " + dir + " not built; run scripts/fixtures.sh");
    }
    return dir;
  }

  private static JsonNode inspect(String ref) throws Exception {
    CliRun run = CliRun.of("inspect", "--format", "json", ref);
    assertThat(run.exit()).as(ref + ": " + run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"go-single", "go-multi", "layers-churn"})
  void threeForms_giveIdenticalMetrics(String name) throws Exception {
    Path dir = fixture(name);
    JsonNode docker = inspect("docker-archive:" + dir.resolve("docker-archive.tar"));
    JsonNode oci = inspect("oci:" + dir.resolve("oci") + ":latest");
    JsonNode ociArchive = inspect("oci-archive:" + dir.resolve("oci-archive.tar"));
    for (String field : SAME) {
      assertThat(oci.at(field)).as(name + " oci " + field).isEqualTo(docker.at(field));
      assertThat(ociArchive.at(field)).as(name + " oci-archive " + field).isEqualTo(docker.at(field));
    }
    for (int i = 0; i < docker.at("/layers").size(); i++) {
      for (String f : List.of("/diffId", "/sizeBytes", "/entries", "/createdBy")) {
        assertThat(oci.at("/layers/" + i + f)).isEqualTo(docker.at("/layers/" + i + f));
      }
    }
    assertThat(docker.at("/efficiency/reclaimableBytes").asLong()).isLessThanOrEqualTo(docker.at("/efficiency/wastedBytes").asLong());
    assertThat(docker.at("/image/sizeBytes").asLong()).isPositive();
    if (name.equals("layers-churn")) {
      assertThat(docker.at("/efficiency/reclaimableBytes").asLong()).isPositive();
      assertThat(docker.at("/efficiency/score").asDouble()).isLessThan(1.0);
    }
    if (name.equals("go-multi")) {
      assertThat(docker.at("/image/exposedPorts").toString()).contains("8080");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"go-single", "go-multi", "layers-churn"})
  void ociForm_agreesWithSkopeo(String name) throws Exception {
    Path dir = fixture(name);
    JsonNode ours = inspect("oci:" + dir.resolve("oci"));
    JsonNode skopeo = skopeo("inspect", "oci:" + dir.resolve("oci"));
    assertThat(ours.at("/image/architecture").asText()).isEqualTo(skopeo.at("/Architecture").asText());
    assertThat(ours.at("/image/os").asText()).isEqualTo(skopeo.at("/Os").asText());
    assertThat(ours.at("/image/manifestDigest").asText()).isEqualTo(skopeo.at("/Digest").asText());
    JsonNode digests = skopeo.at("/Layers");
    JsonNode manifest = skopeo("inspect", "--raw", "oci:" + dir.resolve("oci"));
    JsonNode layers = manifest.at("/layers");
    assertThat(ours.at("/layers").size()).isEqualTo(digests.size()).isEqualTo(layers.size());
    long compressed = 0;
    for (int i = 0; i < layers.size(); i++) {
      assertThat(ours.at("/layers/" + i + "/digest").asText()).isEqualTo(digests.get(i).asText());
      assertThat(ours.at("/layers/" + i + "/compressedSizeBytes").asLong()).isEqualTo(layers.get(i).at("/size").asLong());
      compressed += layers.get(i).at("/size").asLong();
    }
    assertThat(ours.at("/image/compressedSizeBytes").asLong()).isEqualTo(compressed);
    List<String> envNames = new ArrayList<>();
    skopeo.at("/Env").forEach(e -> envNames.add(e.asText().split("=", 2)[0]));
    List<String> oursEnv = new ArrayList<>();
    ours.at("/image/envNames").forEach(e -> oursEnv.add(e.asText()));
    assertThat(oursEnv).isEqualTo(envNames);
    JsonNode config = skopeo("inspect", "--config", "oci:" + dir.resolve("oci"));
    List<String> diffIds = new ArrayList<>();
    config.at("/rootfs/diff_ids").forEach(d -> diffIds.add(d.asText()));
    for (int i = 0; i < diffIds.size(); i++) {
      assertThat(ours.at("/layers/" + i + "/diffId").asText()).isEqualTo(diffIds.get(i));
    }
  }

  private static JsonNode skopeo(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("skopeo"));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    } catch (java.io.IOException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw e;
      }
      assumeTrue(false, "skopeo not installed");
      return null;
    }
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    return JSON.readTree(out);
  }
}
