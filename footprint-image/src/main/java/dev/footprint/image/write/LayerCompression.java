package dev.footprint.image.write;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * How footprint compresses the layers it writes. Both forms are deterministic: gzip is deflated
 * in fixed blocks on every core (pigz's method) behind a header with no time or name, and zstd
 * runs single-threaded at a fixed level, so the same tar always gives the same blob and digest.
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

  OutputStream wrap(OutputStream out) throws IOException {
    return switch (this) {
      case GZIP -> new ParallelGzipOutputStream(out, Deflater.DEFAULT_COMPRESSION,
          Runtime.getRuntime().availableProcessors());
      case ZSTD -> {
        ZstdOutputStream z = new ZstdOutputStream(out, 3);
        z.setChecksum(false);
        yield new AsyncOutputStream(z); // zstd is single-threaded: run it beside the tar producer
      }
    };
  }
}
