package dev.footprint.runtime.internal.compare;

import dev.footprint.common.FootprintException;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Images;
import dev.footprint.image.ParallelLayers;
import dev.footprint.image.metrics.ImageMeasurer;
import dev.footprint.image.metrics.ImageMetrics;
import dev.footprint.image.metrics.LayerStats;
import dev.footprint.runtime.StaticMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Size, compressed size, layers and files of an image, taken from the same measurer
 * {@code footprint inspect} uses so both commands agree. For a host program the size is the file's.
 */
public final class StaticMeasure {
  private StaticMeasure() {}

  public static StaticMetrics ofImage(String reference) throws IOException, FootprintException {
    try (Image image = Images.open(reference, ImageOptions.defaults().withVerify(false))) {
      ImageMetrics m =
          new ImageMeasurer(ParallelLayers.defaultThreads(image.layers().size()), 1).measure(image);
      List<Long> sizes = m.layers().stream().map(LayerStats::sizeBytes).toList();
      return new StaticMetrics(m.sizeBytes(), m.compressedSizeBytes(), m.layerCount(), m.fileCount(), sizes);
    }
  }

  public static StaticMetrics ofProgram(Path program) throws IOException {
    long size = Files.size(program);
    return new StaticMetrics(size, size, 0, 1, List.of());
  }
}
