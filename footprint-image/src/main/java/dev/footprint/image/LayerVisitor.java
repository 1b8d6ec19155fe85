package dev.footprint.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the entries of one layer in tar order while the layer streams. {@code content} is
 * the entry's bytes and is valid only during the call: read it (or not) before returning; it is
 * never held whole in memory. Unread content is skipped (and still digested).
 */
@FunctionalInterface
public interface LayerVisitor {
  void visit(LayerEntry entry, InputStream content) throws IOException;
}
