package dev.footprint.image.internal.source;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Exactly {@code length} bytes of an underlying stream; hitting its end earlier is an
 * {@link EOFException}, so a truncated archive is noticed, not mistaken for a short blob.
 */
final class BoundedInputStream extends FilterInputStream {
  private long remaining;
  private final Closeable owner;

  BoundedInputStream(InputStream in, long length, Closeable owner) {
    super(in);
    this.remaining = length;
    this.owner = owner;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw new EOFException("unexpected end of file, " + remaining + " bytes missing");
    }
    remaining -= n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return super.skip(Math.min(n, remaining));
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(in.available(), remaining);
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      owner.close();
    }
  }
}
