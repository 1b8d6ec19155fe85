package dev.footprint.image.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Gathers writes of any size into fixed-size chunks and hands each full chunk on, so the stage
 * behind it (a block compressor) always sees whole chunks whatever the writer's buffer sizes
 * were. The last, shorter chunk is {@link #pending()} for the subclass's close.
 * Not thread-safe.
 */
abstract class ChunkingOutputStream extends OutputStream {
  private final int size;
  private byte[] buffer;
  private int filled;

  ChunkingOutputStream(int size) {
    this.size = size;
    this.buffer = new byte[size];
  }

  /** Receives a full chunk; the array is the subclass's to keep. */
  protected abstract void chunk(byte[] full) throws IOException;

  @Override
  public final void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public final void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, size - filled);
      System.arraycopy(b, off, buffer, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled == size) {
        byte[] full = buffer;
        buffer = new byte[size];
        filled = 0;
        chunk(full);
      }
    }
  }

  /** What is written but not yet handed on (possibly empty), and forgets it. */
  protected final byte[] pending() {
    byte[] rest = java.util.Arrays.copyOf(buffer, filled);
    filled = 0;
    return rest;
  }
}
