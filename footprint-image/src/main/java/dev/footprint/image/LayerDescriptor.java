package dev.footprint.image;

import java.util.Optional;

/**
 * What the manifest and config say about one layer. Immutable.
 *
 * @param index position in the stack, 0 = base
 * @param digest digest of the blob as stored (compressed); for a docker-archive layer stored
 *     uncompressed under a non-digest name, equal to {@code diffId}
 * @param diffId digest of the uncompressed tar, from the config's {@code rootfs.diff_ids}
 * @param compressedSize bytes of the blob as stored
 * @param mediaType as declared; docker-archive layers without one get the docker rootfs type
 * @param history the non-empty history entry paired with this layer, if the config has one
 */
public record LayerDescriptor(
    int index,
    Digest digest,
    Digest diffId,
    long compressedSize,
    String mediaType,
    Optional<HistoryEntry> history) {

  public LayerDescriptor {
    history = history == null ? Optional.empty() : history;
  }
}
