package dev.footprint.image.write;

import dev.footprint.image.Digest;
import java.nio.file.Path;

/**
 * A layer blob written to a temporary file, ready to be placed in an image. Immutable.
 *
 * @param blob the compressed blob on disk (owned by the {@link LayerBuilder}'s work directory)
 * @param digest digest of the blob as stored
 * @param size bytes of the blob as stored
 * @param diffId digest of the uncompressed tar
 * @param uncompressedSize bytes of the uncompressed tar
 * @param mediaType OCI layer media type matching the compression
 * @param entries number of tar entries written
 */
public record WrittenLayer(
    Path blob, Digest digest, long size, Digest diffId, long uncompressedSize, String mediaType, long entries) {}
