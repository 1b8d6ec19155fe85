package dev.footprint.image.write;

import dev.footprint.image.Digest;

/**
 * What {@link ImageWriter} wrote. Immutable.
 *
 * @param manifestDigest digest of the OCI manifest (the same for every output transport)
 * @param configDigest digest of the config blob (the image id)
 * @param compressedSizeBytes sum of the layer blob sizes
 */
public record WrittenImage(Digest manifestDigest, Digest configDigest, long compressedSizeBytes) {}
