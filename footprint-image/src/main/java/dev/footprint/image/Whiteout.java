package dev.footprint.image;

/** Whether a layer entry is a deletion marker rather than content (OCI image-spec layer.md). */
public enum Whiteout {
  /** Ordinary content. */
  NONE,
  /** {@code DIR/.wh.NAME}: deletes {@code DIR/NAME} (and its subtree) from lower layers. */
  FILE,
  /** {@code DIR/.wh..wh..opq}: hides every lower-layer child of {@code DIR}. */
  OPAQUE
}
