package dev.footprint.image.internal.format;

import dev.footprint.image.Digest;
import dev.footprint.image.Image;
import dev.footprint.image.ImageConfig;
import dev.footprint.image.ImageReference;
import dev.footprint.image.Layer;
import dev.footprint.image.Platform;
import java.util.List;
import java.util.Optional;

/** The {@link Image} the opener returns. Immutable; layers open their own streams. */
final class OpenedImage implements Image {
  private final ImageReference reference;
  private final ResolvedImage resolved;
  private final List<Layer> layers;
  private final List<String> warnings;
  private final boolean verifying;

  OpenedImage(ImageReference reference, ResolvedImage resolved, List<Layer> layers, List<String> warnings, boolean verifying) {
    this.reference = reference;
    this.resolved = resolved;
    this.layers = List.copyOf(layers);
    this.warnings = List.copyOf(warnings);
    this.verifying = verifying;
  }

  @Override
  public ImageReference reference() {
    return reference;
  }

  @Override
  public Optional<Digest> manifestDigest() {
    return resolved.manifestDigest();
  }

  @Override
  public Digest configDigest() {
    return resolved.configDigest();
  }

  @Override
  public ImageConfig config() {
    return resolved.config();
  }

  @Override
  public List<Layer> layers() {
    return layers;
  }

  @Override
  public List<Platform> otherPlatforms() {
    return resolved.otherPlatforms();
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public boolean verifying() {
    return verifying;
  }

  @Override
  public void close() {
    // Every read opens and closes its own channel; nothing is held between reads.
  }
}
