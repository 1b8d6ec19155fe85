package dev.footprint.image.internal.format;

import dev.footprint.image.Digest;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.Platform;
import dev.footprint.image.internal.source.FileRegion;
import java.util.List;
import java.util.Optional;

/** What a format reader found: the chosen image's metadata and where each layer blob is. */
record ResolvedImage(
    Optional<Digest> manifestDigest,
    Digest configDigest,
    ImageConfig config,
    List<ResolvedLayer> layers,
    List<Platform> otherPlatforms,
    List<String> warnings) {

  /** A layer blob: its bytes, its blob digest if known, and its declared media type. */
  record ResolvedLayer(FileRegion region, Optional<Digest> digest, String mediaType) {}
}
