package dev.footprint.image.write;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How footprint compresses the layers it writes. Both forms are deterministic: gzip is deflated
 * in fixed blocks on every core (pigz's method) behind a header with no time or name, and zstd
 * runs on its own worker threads at a fixed level (zstd's multi-threaded format does not depend
 * on the number of workers), so the same tar always gives the same blob and digest.
 */
public enum LayerCompression {
  GZIP("application/vnd.oci.image.layer.v1.tar+gzip"),
  ZSTD("application/vnd.oci.image.layer.v1.tar+zstd");

  private final String mediaType;

  LayerCompression(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The level used unless one is asked for: deflate's default, and zstd's. */
  public int defaultLevel() {
    return this == GZIP ? 6 : 3;
  }

  /** The highest level this compression takes; the lowest is 1. */
  public int maxLevel() {
    return this == GZIP ? 9 : 19;
  }

  /** Whether {@code level} is one this compression takes. */
  public boolean accepts(int level) {
    return level >= 1 && level <= maxLevel();
  }

  void requireLevel(int level) {
    if (!accepts(level)) {
      throw new IllegalArgumentException(name() + " level " + level + " is outside 1-" + maxLevel());
    }
  }

  OutputStream wrap(OutputStream out, int level) throws IOException {
    return wrap(out, Runtime.getRuntime().availableProcessors(), level);
  }

  /** With {@code threads} compressing; the bytes written do not depend on it. */
  OutputStream wrap(OutputStream out, int threads, int level) throws IOException {
    requireLevel(level);
    return switch (this) {
      case GZIP -> new ParallelGzipOutputStream(out, level, threads);
      case ZSTD -> {
        ZstdOutputStream z = new ZstdOutputStream(out, level);
        z.setChecksum(false);
        // zstd's own worker threads; its output is the same for any number of workers from 1 up.
        z.setWorkers(Math.max(1, threads));
        yield z;
      }
    };
  }
}
