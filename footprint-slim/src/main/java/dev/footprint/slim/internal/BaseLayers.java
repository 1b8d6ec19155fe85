package dev.footprint.slim.internal;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Compression;
import dev.footprint.image.Image;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerDescriptor;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.write.WrittenLayer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The layers {@code --keep-base} leaves byte-identical, and what the squash must delete from them. */
public final class BaseLayers {
  private BaseLayers() {}

  /** Copies the first {@code count} layer blobs unchanged (digests stay the same). */
  public static List<WrittenLayer> copy(Image image, int count, Path work)
      throws IOException, InvalidInputException {
    List<WrittenLayer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Layer layer = image.layers().get(i);
      LayerDescriptor d = layer.descriptor();
      Path blob = Files.createTempFile(work, "base-", ".blob");
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(blob), 1 << 16)) {
        layer.copyRaw(o);
      }
      out.add(new WrittenLayer(blob, d.digest(), Files.size(blob), d.diffId(), -1, ociType(blob), -1));
    }
    return out;
  }

  /**
   * Paths present in the base view but gone from the final one, highest first: a deleted
   * directory needs one whiteout, not one per child.
   */
  public static List<String> deletedFromBase(MergedFileSystem base, MergedFileSystem merged) {
    List<String> out = new ArrayList<>();
    String coveredPrefix = null;
    for (Node n : base.nodes()) {
      String p = n.path();
      if (coveredPrefix != null && p.startsWith(coveredPrefix)) {
        continue;
      }
      if (merged.get(p).isEmpty()) {
        out.add(p);
        coveredPrefix = p + "/";
      }
    }
    return out;
  }

  private static String ociType(Path blob) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(blob)) {
      n = in.readNBytes(head, 0, 4);
    }
    return switch (Compression.detect(head, n)) {
      case GZIP -> "application/vnd.oci.image.layer.v1.tar+gzip";
      case ZSTD -> "application/vnd.oci.image.layer.v1.tar+zstd";
      case NONE -> "application/vnd.oci.image.layer.v1.tar";
    };
  }
}
