package dev.footprint.runtime;

import java.util.List;

/**
 * What an image weighs before it runs.
 *
 * @param sizeBytes uncompressed size of all layers (tar content sizes of regular files)
 * @param compressedBytes sum of the layer blob sizes as stored
 * @param layers number of layers
 * @param files regular files in the merged file system (whiteouts applied)
 * @param layerSizes uncompressed bytes per layer, bottom first
 */
public record StaticMetrics(
    long sizeBytes, long compressedBytes, int layers, long files, List<Long> layerSizes) {
  public StaticMetrics {
    layerSizes = List.copyOf(layerSizes);
  }
}
