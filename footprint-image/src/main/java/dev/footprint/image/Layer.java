package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One layer of an opened {@link Image}. Thread-safe: each call opens its own stream, so several
 * layers (or the same layer twice) may be read concurrently from different threads.
 */
public interface Layer {

  LayerDescriptor descriptor();

  /**
   * Streams the layer's tar entries to {@code visitor}, once, in tar order. With verification on
   * (see {@link ImageOptions#verify()}) the blob digest and the diff_id are checked as the bytes
   * pass; a mismatch or a corrupt stream throws {@link InvalidInputException} naming the blob
   * (after the visitor may already have seen entries: treat results as void on error).
   *
   * @return totals of the pass (compression detected, bytes read)
   */
  LayerReadSummary read(LayerVisitor visitor) throws IOException, InvalidInputException;

  /**
   * A foreign (non-distributable) layer, such as a Windows base layer: registries and archives may
   * leave its blob out, so readers list it rather than fail when it is absent.
   */
  default boolean foreign() {
    String type = descriptor().mediaType();
    return type.contains("foreign") || type.contains("nondistributable");
  }

  /** Whether the source holds this layer's blob (only a foreign layer may lack it). */
  default boolean blobPresent() throws InvalidInputException {
    try (InputStream raw = openRaw()) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the raw blob exactly as stored (compressed), unverified. The caller closes it. */
  InputStream openRaw() throws IOException, InvalidInputException;

  /** Copies the raw blob to {@code out}; with verification on, checks its digest. */
  void copyRaw(OutputStream out) throws IOException, InvalidInputException;
}
