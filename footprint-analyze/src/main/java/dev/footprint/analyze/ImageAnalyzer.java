package dev.footprint.analyze;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Image;
import dev.footprint.image.Layer;
import dev.footprint.image.ParallelLayers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of footprint-analyze: findings and the minimal-image estimate of an image, computed
 * on the same single pass over its layers that measures it. Stateless and thread-safe.
 */
public final class ImageAnalyzer {
  private ImageAnalyzer() {}

  /**
   * Starts an analysis whose per-layer visitors the caller feeds from its own pass (footprint
   * inspect measures and analyses on one read of each layer). Close the pass when done.
   */
  public static AnalysisPass start(Image image) throws IOException {
    List<dev.footprint.image.LayerDescriptor> descriptors = new ArrayList<>();
    for (Layer l : image.layers()) {
      descriptors.add(l.descriptor());
    }
    return new AnalysisPass(image.config(), descriptors);
  }

  /**
   * Reads the image once (layers in parallel) and analyses it. Foreign layers whose blob is not in
   * the source are listed, not fetched.
   */
  public static Analysis analyze(Image image, int threads) throws IOException, InvalidInputException {
    try (AnalysisPass pass = start(image)) {
      List<Layer> layers = image.layers();
      List<Long> sizes = ParallelLayers.read(layers, threads, layer -> {
        if (layer.foreign() && !layer.blobPresent()) {
          return 0L;
        }
        long[] size = {0};
        var visitor = pass.visitor(layer.descriptor().index());
        layer.read((entry, content) -> {
          size[0] += entry.size();
          visitor.visit(entry, content);
        });
        return size[0];
      });
      return pass.finish(sizes.stream().mapToLong(Long::longValue).sum());
    }
  }
}
