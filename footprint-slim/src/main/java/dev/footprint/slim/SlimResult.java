package dev.footprint.slim;

import dev.footprint.image.metrics.DiveResult;
import java.util.List;
import java.util.Optional;

/**
 * Before and after of one slim run. Immutable.
 *
 * @param beforeSizeBytes sum of all layers' file bytes of the input (as dive counts size)
 * @param beforeCompressedSizeBytes stored size of the input's layers
 * @param beforeLayerCount layers of the input
 * @param afterSizeBytes file bytes of the output's layers
 * @param afterCompressedSizeBytes stored size of the output's layers (0 on a dry run: not written)
 * @param afterLayerCount layers of the output
 * @param transformations what each transformation saved, in the order they apply
 * @param manifestDigest the output's manifest digest; empty on a dry run
 * @param changes every removed or rewritten path with what happened to it (for --dry-run)
 * @param notes how a minified image's contents were chosen, and libraries that were not found
 * @param afterEfficiency dive's numbers on the output, from the entries written (the same a
 *     reader of the output finds, without reading it again)
 */
public record SlimResult(
    long beforeSizeBytes,
    long beforeCompressedSizeBytes,
    int beforeLayerCount,
    long afterSizeBytes,
    long afterCompressedSizeBytes,
    int afterLayerCount,
    List<Transformation> transformations,
    Optional<String> manifestDigest,
    List<Change> changes,
    List<String> notes,
    DiveResult afterEfficiency) {

  public SlimResult {
    transformations = List.copyOf(transformations);
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** One path the output differs in: removed, or rewritten smaller. */
  public record Change(String path, String transformation, long bytesSaved, boolean removed) {}
}
