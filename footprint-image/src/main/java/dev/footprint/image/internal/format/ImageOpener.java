package dev.footprint.image.internal.format;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.HistoryEntry;
import dev.footprint.image.Image;
import dev.footprint.image.ImageOptions;
import dev.footprint.image.ImageReference;
import dev.footprint.image.ImageReference.Transport;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerDescriptor;
import dev.footprint.image.Platform;
import dev.footprint.image.internal.format.ResolvedImage.ResolvedLayer;
import dev.footprint.image.internal.source.BlobFiles;
import dev.footprint.image.internal.source.DirectoryBlobFiles;
import dev.footprint.image.internal.source.TarBlobFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Opens an {@link ImageReference}: picks the source and format reader, builds the layers. */
public final class ImageOpener {
  private ImageOpener() {}

  public static Image open(ImageReference ref, ImageOptions options) throws IOException, InvalidInputException {
    if (!Files.exists(ref.path())) {
      throw new InvalidInputException("no such file or directory: " + ref.path());
    }
    BlobFiles files;
    if (ref.transport() == Transport.OCI) {
      if (!Files.isDirectory(ref.path())) {
        throw new InvalidInputException(ref.path() + ": oci: needs an OCI layout directory (use oci-archive: for a tar)");
      }
      files = new DirectoryBlobFiles(ref.path());
    } else {
      if (!Files.isRegularFile(ref.path())) {
        throw new InvalidInputException(ref.path() + ": " + ref.transport().prefix() + ": needs an archive file");
      }
      files = TarBlobFiles.index(ref.path());
    }
    JsonBlobs blobs = new JsonBlobs(files, options.verify());
    ResolvedImage resolved = resolve(ref, blobs, files, options);
    List<String> warnings = new ArrayList<>(resolved.warnings());
    List<Optional<HistoryEntry>> history = pairHistory(resolved, warnings);
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < resolved.layers().size(); i++) {
      ResolvedLayer r = resolved.layers().get(i);
      LayerDescriptor d = new LayerDescriptor(
          i, r.digest().orElse(resolved.config().diffIds().get(i)), resolved.config().diffIds().get(i),
          r.region().size(), r.mediaType(), history.get(i));
      layers.add(new BlobLayer(files, r.region(), d, r.digest().isPresent(), options));
    }
    return new OpenedImage(ref, resolved, layers, warnings, options.verify());
  }

  private static ResolvedImage resolve(ImageReference ref, JsonBlobs blobs, BlobFiles files, ImageOptions options)
      throws IOException, InvalidInputException {
    boolean hasManifest = files.find("manifest.json").isPresent();
    boolean hasIndex = files.find("index.json").isPresent();
    ResolvedImage r;
    if (ref.transport() == Transport.DOCKER_ARCHIVE && hasManifest) {
      r = DockerArchiveReader.read(blobs, ref.selector());
    } else if (hasIndex) {
      r = OciLayoutReader.read(blobs, ref.selector(), options.platform());
    } else {
      r = null;
    }
    if (r != null) {
      Platform actual = r.config().platform();
      if (options.platform().isPresent() && !options.platform().get().matches(actual)) {
        throw new InvalidInputException(files.describe() + ": no image for platform " + options.platform().get()
            + "; available: " + actual);
      }
      return r;
    }
    if (hasManifest) {
      throw new InvalidInputException(files.describe() + ": has manifest.json but no index.json: read it as docker-archive:" + ref.path());
    }
    throw new InvalidInputException(
        files.describe() + ": not an image: no manifest.json or index.json (a plain file-system tar?)");
  }

  /** Non-empty history entries pair with layers in order, as docker and ggcr pair them. */
  private static List<Optional<HistoryEntry>> pairHistory(ResolvedImage r, List<String> warnings) {
    List<HistoryEntry> nonEmpty = r.config().history().stream().filter(h -> !h.emptyLayer()).toList();
    int n = r.layers().size();
    if (!r.config().history().isEmpty() && nonEmpty.size() != n) {
      warnings.add("history has " + nonEmpty.size() + " non-empty entries for " + n + " layers; commands may be misaligned");
    }
    List<Optional<HistoryEntry>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i < nonEmpty.size() ? Optional.of(nonEmpty.get(i)) : Optional.empty());
    }
    return out;
  }
}
