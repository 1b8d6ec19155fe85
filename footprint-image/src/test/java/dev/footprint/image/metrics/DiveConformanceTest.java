package dev.footprint.image.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import dev.footprint.image.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dive's own asserted numbers (dive/image/docker/image_archive_analysis_test.go). */
class DiveConformanceTest {

  static ImageMetrics measure(Path archive) throws Exception {
    try (Image image = Images.open(archive.toString(), ImageOptions.defaults())) {
      return new ImageMeasurer(2, 10).measure(image);
    }
  }

  @Test
  void testDockerImage_matchesDiveExactly() throws Exception {
    ImageMetrics m = measure(SharedData.conformance("dive").resolve("test-docker-image.tar"));
    DiveResult d = m.dive();
    assertThat(d.score()).isEqualTo(0.9844212134184309);
    assertThat(d.sizeBytes()).isEqualTo(1220598);
    assertThat(d.userSizeBytes()).isEqualTo(66237);
    assertThat(d.wastedBytes()).isEqualTo(32025);
    assertThat(d.userWastedPercentRaw()).isEqualTo(0.4834911001404049);
    assertThat(d.layerSizes()).containsExactly(1154361L, 6405L, 0L, 6405L, 6405L, 6405L, 6405L, 6405L, 6405L, 0L, 2187L, 6405L, 6405L, 6405L);
    assertThat(d.fileNodes()).isEqualTo(451);
    assertThat(d.inefficientPaths()).extracting(InefficientPath::path, InefficientPath::count, InefficientPath::cumulativeBytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/root/example/somefile1.txt", 2, 12810L),
            org.assertj.core.groups.Tuple.tuple("/root/saved.txt", 2, 12810L),
            org.assertj.core.groups.Tuple.tuple("/root/example/somefile3.txt", 2, 6405L));
    assertThat(m.layerCount()).isEqualTo(14);
  }
}
