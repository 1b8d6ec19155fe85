package dev.footprint.runtime;

import java.util.List;

/**
 * What an image weighs before it runs.
 *
 * @param sizeBytes uncompressed content bytes of all layers, as {@code inspect} and dive count them
 * @param compressedBytes sum of the layer blob sizes as stored
 * @param layers number of layers
 * @param files entries of the merged file system (whiteouts applied, directories included), as
 *     {@code inspect} counts them
 * @param layerSizes uncompressed bytes per layer, bottom first
 */
public record StaticMetrics(
    long sizeBytes, long compressedBytes, int layers, long files, List<Long> layerSizes) {
  public StaticMetrics {
    layerSizes = List.copyOf(layerSizes);
  }
}
