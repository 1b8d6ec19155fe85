package dev.footprint.image;

import java.util.Optional;

/**
 * How to open an image: which platform to choose from a multi-platform index and whether to
 * verify digests while reading. Immutable; use {@link #defaults()} and the {@code with} methods.
 *
 * @param platform the requested platform; empty means the host's, else the only one
 * @param verify check blob digests and layer diff_ids while streaming (default true)
 * @param progress receives bytes read; {@link ProgressListener#NONE} by default
 */
public record ImageOptions(Optional<Platform> platform, boolean verify, ProgressListener progress) {

  public ImageOptions {
    platform = platform == null ? Optional.empty() : platform;
    progress = progress == null ? ProgressListener.NONE : progress;
  }

  public static ImageOptions defaults() {
    return new ImageOptions(Optional.empty(), true, ProgressListener.NONE);
  }

  public ImageOptions withPlatform(Platform p) {
    return new ImageOptions(Optional.ofNullable(p), verify, progress);
  }

  public ImageOptions withVerify(boolean v) {
    return new ImageOptions(platform, v, progress);
  }

  public ImageOptions withProgress(ProgressListener p) {
    return new ImageOptions(platform, verify, p);
  }
}
