package dev.footprint.image.metrics;

/**
 * A path dive counts more than once across layers. Immutable.
 *
 * @param path absolute path, e.g. {@code /root/saved.txt}
 * @param count how many layers touched it (a deletion counts)
 * @param cumulativeBytes sum of every copy's size, dive's "wasted space" for the path
 * @param reclaimableBytes cumulative minus the smallest copy
 */
public record InefficientPath(String path, int count, long cumulativeBytes, long reclaimableBytes) {}
