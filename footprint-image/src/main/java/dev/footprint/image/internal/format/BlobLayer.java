package dev.footprint.image.internal.format;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerDescriptor;
import dev.footprint.image.LayerReadSummary;
import dev.footprint.image.LayerVisitor;
import dev.footprint.image.ProgressListener;
import dev.footprint.image.internal.layer.DigestingInputStream;
import dev.footprint.image.internal.layer.LayerStreamReader;
import dev.footprint.image.internal.source.BlobFiles;
import dev.footprint.image.internal.source.FileRegion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/** A layer whose blob is a region of a file. Immutable; every read opens its own stream. */
final class BlobLayer implements Layer {
  private final BlobFiles files;
  private final FileRegion region;
  private final LayerDescriptor descriptor;
  private final boolean digestKnown;
  private final ImageOptions options;

  BlobLayer(BlobFiles files, FileRegion region, LayerDescriptor descriptor, boolean digestKnown, ImageOptions options) {
    this.files = files;
    this.region = region;
    this.descriptor = descriptor;
    this.digestKnown = digestKnown;
    this.options = options;
  }

  @Override
  public LayerDescriptor descriptor() {
    return descriptor;
  }

  private String blobName() {
    return files.describe() + ": layer " + descriptor.index() + " (" + (digestKnown ? descriptor.digest().toString() : region.name()) + ")";
  }

  @Override
  public LayerReadSummary read(LayerVisitor visitor) throws IOException, InvalidInputException {
    LayerStreamReader.Expectation expect = new LayerStreamReader.Expectation(
        blobName(), digestKnown ? Optional.of(descriptor.digest()) : Optional.empty(), descriptor.diffId(), options.verify());
    try (InputStream in = files.open(region)) {
      return LayerStreamReader.read(in, expect, options.progress(), visitor);
    }
  }

  @Override
  public InputStream openRaw() throws IOException {
    return files.open(region);
  }

  @Override
  public void copyRaw(OutputStream out) throws IOException, InvalidInputException {
    boolean check = options.verify() && digestKnown;
    try (DigestingInputStream in = new DigestingInputStream(files.open(region), check, ProgressListener.NONE)) {
      in.transferTo(out);
      if (check && !in.digest().equals(descriptor.digest())) {
        throw new InvalidInputException(blobName() + ": digest mismatch while copying (--no-verify skips this check)");
      }
    }
  }
}
