package dev.footprint.image;

/** The kind of a layer tar entry. */
public enum EntryType {
  FILE,
  DIR,
  SYMLINK,
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO
}
