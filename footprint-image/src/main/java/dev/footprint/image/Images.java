package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.internal.format.ImageOpener;
import java.io.IOException;

/**
 * Entry point of footprint-image: opens an image from a file or directory without any daemon.
 * Stateless and thread-safe.
 */
public final class Images {
  private Images() {}

  /**
   * Opens {@code reference}: indexes the archive, reads the index/manifest/config and chooses the
   * platform. Layer contents are read only when a {@link Layer} is read.
   *
   * @throws InvalidInputException the input is not a readable image, the platform is ambiguous
   *     or absent, or a metadata blob fails its digest (message names the input and the blob)
   */
  public static Image open(ImageReference reference, ImageOptions options)
      throws IOException, InvalidInputException {
    return ImageOpener.open(reference, options);
  }

  /** Parses {@code reference} and opens it. */
  public static Image open(String reference, ImageOptions options)
      throws IOException, InvalidInputException {
    return open(ImageReference.parse(reference), options);
  }
}
