package dev.footprint.image;

/**
 * Told how many raw (compressed) blob bytes have been read, so a caller can show progress. Called
 * from reader threads concurrently: implementations must be thread-safe and cheap.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = bytes -> {};

  /** {@code bytes} more raw bytes of some layer blob were consumed. */
  void advanced(long bytes);
}
