package dev.footprint.image;

/** How a layer blob is compressed, as detected from its first bytes (never from its name). */
public enum Compression {
  NONE,
  GZIP,
  ZSTD;

  /** Detects by magic: gzip {@code 1f 8b}, zstd {@code 28 b5 2f fd}, anything else is a plain tar. */
  public static Compression detect(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (length >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }
}
