package dev.footprint.image.metrics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * dive's numbers for an image. Immutable.
 *
 * @param score efficiency, Σ smallest copy / Σ all copies over counted paths (1.0 when empty)
 * @param wastedBytes Σ cumulative size of paths counted twice or more (includes the kept copy,
 *     as dive does; see dive issue #684)
 * @param sizeBytes Σ tar header sizes over all layers
 * @param userSizeBytes the same without layer 0
 * @param userWastedPercentRaw wasted / user as dive computes it, NaN or infinite when user is 0
 * @param layerSizes per layer, Σ header sizes
 * @param fileNodes Σ per-layer tree nodes (dive's "files:N")
 * @param inefficientPaths largest cumulative first, ties by path
 */
public record DiveResult(
    double score,
    long wastedBytes,
    long sizeBytes,
    long userSizeBytes,
    double userWastedPercentRaw,
    List<Long> layerSizes,
    long fileNodes,
    List<InefficientPath> inefficientPaths) {

  /** wasted / user, empty where dive would get NaN or infinity (no user layers). */
  public OptionalDouble userWastedPercent() {
    return Double.isFinite(userWastedPercentRaw) ? OptionalDouble.of(userWastedPercentRaw) : OptionalDouble.empty();
  }
}
