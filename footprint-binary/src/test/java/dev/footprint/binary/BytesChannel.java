package dev.footprint.binary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only channel over bytes, or over another channel, that counts the bytes read. */
final class BytesChannel implements SeekableByteChannel {
  private final SeekableByteChannel delegate;
  private final byte[] bytes;
  private long position;
  private long bytesRead;
  private long reads;

  BytesChannel(byte[] bytes) {
    this.bytes = bytes;
    this.delegate = null;
  }

  /** Counts the reads on {@code delegate}. */
  BytesChannel(SeekableByteChannel delegate) {
    this.bytes = null;
    this.delegate = delegate;
  }

  long bytesRead() {
    return bytesRead;
  }

  long reads() {
    return reads;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    reads++;
    if (delegate != null) {
      delegate.position(position);
      int n = delegate.read(dst);
      if (n > 0) {
        position += n;
        bytesRead += n;
      }
      return n;
    }
    if (position >= bytes.length) {
      return -1;
    }
    int n = (int) Math.min(dst.remaining(), bytes.length - position);
    dst.put(bytes, (int) position, n);
    position += n;
    bytesRead += n;
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    position = newPosition;
    return this;
  }

  @Override
  public long size() throws IOException {
    return delegate != null ? delegate.size() : bytes.length;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void close() throws IOException {
    if (delegate != null) {
      delegate.close();
    }
  }
}
