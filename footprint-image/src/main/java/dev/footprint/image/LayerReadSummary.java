package dev.footprint.image;

/**
 * Totals of one pass over a layer. Immutable.
 *
 * @param compression detected from the blob's magic bytes
 * @param compressedBytes raw blob bytes read
 * @param uncompressedBytes bytes of the whole uncompressed tar stream (headers and padding
 *     included)
 * @param entries number of tar entries visited
 */
public record LayerReadSummary(
    Compression compression, long compressedBytes, long uncompressedBytes, long entries) {}
