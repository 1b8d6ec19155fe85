package dev.footprint.image.metrics;

import dev.footprint.image.Compression;
import dev.footprint.image.LayerDescriptor;

/**
 * Measured facts of one layer. Immutable.
 *
 * @param sizeBytes Σ content sizes of its entries (dive's layer size)
 * @param tarBytes bytes of the uncompressed tar stream, headers and padding included
 * @param entries tar entries, whiteout markers included
 * @param createdBy the paired history command, "" if none
 */
public record LayerStats(
    LayerDescriptor descriptor,
    Compression compression,
    long sizeBytes,
    long tarBytes,
    long entries,
    String createdBy) {}
