package dev.footprint.image;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * An opened image: its manifest, config and layers. Obtain one from {@link Images#open}; close it
 * to release the underlying archive. Thread-safe for reading: layers may be read concurrently.
 */
public interface Image extends Closeable {

  ImageReference reference();

  /** Digest of the manifest, where the source has one (OCI); empty for a docker-archive. */
  Optional<Digest> manifestDigest();

  /** Digest of the config blob, which is the image id. */
  Digest configDigest();

  ImageConfig config();

  /** Layers, base first. */
  List<Layer> layers();

  /** Platforms of other images in the same source that were not chosen (for messages). */
  List<Platform> otherPlatforms();

  /** Non-fatal oddities met while opening (ignored index entries, history mismatches). */
  List<String> warnings();

  /** Whether digests are checked while layers stream. */
  boolean verifying();

  /** Sum of the stored (compressed) sizes of all layers. */
  default long compressedSize() {
    return layers().stream().mapToLong(l -> l.descriptor().compressedSize()).sum();
  }
}
