package dev.footprint.image.metrics;

import java.util.List;

/**
 * Everything {@code inspect} measures about an image. Immutable.
 *
 * @param sizeBytes Σ layer sizes (content bytes, as dive counts them)
 * @param compressedSizeBytes Σ stored blob sizes
 * @param fileCount entries in the merged file system (what a container sees), directories
 *     included
 * @param reclaimableBytes what squashing would save: sizeBytes minus the merged file system's
 *     content (earlier copies of overwritten or deleted files, never the kept copy; opaque
 *     directories honoured)
 * @param escapingEntries entries whose names tried to leave the root (clamped, never followed)
 */
public record ImageMetrics(
    long sizeBytes,
    long compressedSizeBytes,
    int layerCount,
    long fileCount,
    List<LayerStats> layers,
    DiveResult dive,
    long reclaimableBytes,
    long mergedContentBytes,
    List<PathSize> largestFiles,
    List<PathSize> largestDirectories,
    long escapingEntries) {

  public ImageMetrics {
    layers = List.copyOf(layers);
    largestFiles = List.copyOf(largestFiles);
    largestDirectories = List.copyOf(largestDirectories);
  }
}
