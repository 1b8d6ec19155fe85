package dev.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every archive and layout of ../shared/conformance/{dive,ggcr}: read with the expected numbers,
 * or refused with exit 2 and one clear line.
 */
class InspectConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String ref, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("inspect", "--format", "json", ref));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static DynamicTest refused(String name, String ref, String message) {
    return DynamicTest.dynamicTest(name, () -> {
      CliRun run = CliRun.of("inspect", ref);
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains(message).doesNotContain("\tat ").hasLineCount(1);
    });
  }

  @TestFactory
  Stream<DynamicTest> dive() {
    Path dir = CliRun.conformance("dive");
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("test-docker-image.tar", () -> {
      JsonNode d = json(dir.resolve("test-docker-image.tar").toString());
      assertThat(d.at("/schemaVersion").asInt()).isEqualTo(1);
      assertThat(d.at("/efficiency/score").asDouble()).isEqualTo(0.9844212134184309);
      assertThat(d.at("/image/sizeBytes").asLong()).isEqualTo(1220598);
      assertThat(d.at("/efficiency/userSizeBytes").asLong()).isEqualTo(66237);
      assertThat(d.at("/efficiency/wastedBytes").asLong()).isEqualTo(32025);
      assertThat(d.at("/efficiency/userWastedPercent").asDouble()).isEqualTo(0.4834911001404049);
      assertThat(d.at("/efficiency/diveFileNodes").asLong()).isEqualTo(451);
      assertThat(d.at("/efficiency/reclaimableBytes").asLong()).isEqualTo(32025);
      assertThat(d.at("/image/layerCount").asInt()).isEqualTo(14);
      long[] sizes = {1154361, 6405, 0, 6405, 6405, 6405, 6405, 6405, 6405, 0, 2187, 6405, 6405, 6405};
      for (int i = 0; i < sizes.length; i++) {
        assertThat(d.at("/layers/" + i + "/sizeBytes").asLong()).isEqualTo(sizes[i]);
      }
      assertThat(d.at("/layers/0/diffId").asText()).startsWith("sha256:23bc2b70");
      assertThat(d.at("/layers/13/createdBy").asText()).contains("chmod +x /root/saved.txt");
    }));
    tests.add(DynamicTest.dynamicTest("test-kaniko-image.tar", () -> {
      JsonNode d = json(dir.resolve("test-kaniko-image.tar").toString());
      assertThat(d.at("/image/layerCount").asInt()).isEqualTo(14);
      assertThat(d.at("/layers/1/compression").asText()).isEqualTo("gzip");
    }));
    for (String kind : List.of("uncompressed", "gzip", "zstd", "estargz")) {
      String name = "test-oci-" + kind + "-image.tar";
      tests.add(DynamicTest.dynamicTest(name, () -> {
        JsonNode d = json(dir.resolve(name).toString(), "--platform", "linux/arm64");
        assertThat(d.at("/image/sizeBytes").asLong()).isEqualTo(11189);
        assertThat(d.at("/efficiency/score").asDouble()).isEqualTo(1.0);
        assertThat(d.at("/efficiency/userSizeBytes").asLong()).isZero();
        assertThat(d.at("/efficiency/wastedBytes").asLong()).isZero();
        assertThat(d.at("/efficiency/userWastedPercent").isNull()).isTrue();
        assertThat(d.at("/image/architecture").asText()).isEqualTo("arm64");
      }));
      tests.add(refused("test-" + kind + "-image.tar (plain file-system tar)",
          dir.resolve("test-" + kind + "-image.tar").toString(), "not an image"));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> ggcr() {
    Path root = CliRun.conformance("ggcr").resolve("pkg/v1");
    Path tb = root.resolve("tarball/testdata");
    Path mu = root.resolve("mutate/testdata");
    Path lo = root.resolve("layout/testdata");
    Map<String, Consumer<JsonNode>> reads = new java.util.LinkedHashMap<>();
    reads.put(tb.resolve("test_image_1.tar").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put(tb.resolve("test_image_2.tar").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put("docker-archive:" + tb.resolve("test_bundle.tar") + ":test_image_1", d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put("docker-archive:" + tb.resolve("test_bundle.tar") + ":@1", d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put("docker-archive:" + tb.resolve("test_link.tar") + ":@1", d -> {
      assertThat(d.at("/image/layerCount").asInt()).isEqualTo(2);
      // layer 0 is a symlink to test_image_1's layer.tar: read through it (dive sees an empty
      // tree), and its diff_id verified
      assertThat(d.at("/layers/0/sizeBytes").asLong()).isEqualTo(8);
    });
    reads.put(tb.resolve("hello-world-v25.tar").toString(), d -> {
      assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1);
      assertThat(d.at("/layers/0/compressedSizeBytes").asLong()).isEqualTo(10752);
    });
    reads.put(tb.resolve("test_load_manifest.tar").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put(mu.resolve("whiteout_image.tar").toString(), d -> assertThat(d.at("/efficiency/reclaimableBytes").asLong()).isPositive());
    reads.put(mu.resolve("whiteout_dir.tar").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(4));
    reads.put(mu.resolve("overwritten_file.tar").toString(), d -> assertThat(d.at("/efficiency/reclaimableBytes").asLong()).isPositive());
    reads.put(mu.resolve("source_image.tar").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put(mu.resolve("source_image_with_empty_layer_history.tar").toString(),
        d -> assertThat(d.at("/layers/0/createdBy").asText()).isEqualTo("bazel build ..."));
    reads.put("oci:" + lo.resolve("test_index_one_image"), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put("oci:" + lo.resolve("test_index") + ":1", d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put("oci:" + lo.resolve("test_index") + ":4", d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    reads.put(lo.resolve("test_gc_index").toString(), d -> assertThat(d.at("/image/layerCount").asInt()).isEqualTo(1));
    List<DynamicTest> tests = new ArrayList<>();
    reads.forEach((ref, check) -> tests.add(DynamicTest.dynamicTest(ref.substring(ref.lastIndexOf("testdata/") + 9),
        () -> check.accept(json(ref)))));
    tests.add(refused("no_manifest.tar", tb.resolve("no_manifest.tar").toString(), "not an image"));
    tests.add(refused("null_manifest.tar", tb.resolve("null_manifest.tar").toString(), "null"));
    tests.add(refused("test_bundle.tar without a tag", tb.resolve("test_bundle.tar").toString(), "holds 2 images"));
    tests.add(refused("content.tar", tb.resolve("content.tar").toString(), "not an image"));
    tests.add(refused("test_gc_image_unknown_mediatype", lo.resolve("test_gc_image_unknown_mediatype").toString(), "no image manifest"));
    tests.add(refused("test_index_media_type (helm chart)", lo.resolve("test_index_media_type").toString(), "not a container image"));
    tests.add(refused("crane content.tar.zst (a bare zstd layer)", root.resolve("../crane/testdata/content.tar.zst").normalize().toString(), "tar"));
    return tests.stream();
  }
}
