package dev.footprint.binary.internal.io;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * Bounded random reads from a binary: every read is checked against the file size and a size cap
 * before anything is allocated, so a corrupt header can never cause a huge allocation or a read
 * past the end. Failures name the input. Not thread-safe (the channel position is shared).
 */
public final class BinaryInput {
  /** The largest single structure the readers ever load (string tables, dynamic sections). */
  public static final int MAX_READ = 64 << 20;

  private final SeekableByteChannel channel;
  private final String name;
  private final long size;
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

  public BinaryInput(SeekableByteChannel channel, String name) throws IOException {
    this.channel = channel;
    this.name = name;
    this.size = channel.size();
  }

  public String name() {
    return name;
  }

  public long size() {
    return size;
  }

  public ByteOrder order() {
    return order;
  }

  public void order(ByteOrder order) {
    this.order = order;
  }

  /** True when [offset, offset+length) lies inside the file. */
  public boolean contains(long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
  }

  /** Reads exactly {@code length} bytes at {@code offset}, in the current byte order. */
  public ByteBuffer read(long offset, long length, String what) throws InvalidInputException {
    if (!contains(offset, length)) {
      throw invalid(what + " at offset " + offset + " (" + length + " bytes) lies outside the file");
    }
    if (length > MAX_READ) {
      throw invalid(what + " is implausibly large (" + length + " bytes)");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) length);
    try {
      channel.position(offset);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          throw invalid(what + " is truncated");
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(name + ": cannot read " + what + ": " + e.getMessage(), e);
    }
    return buffer.flip().order(order);
  }

  /** Reads up to {@code length} bytes at {@code offset}, stopping at the end of the file. */
  public ByteBuffer readUpTo(long offset, long length, String what) throws InvalidInputException {
    if (offset < 0 || offset > size) {
      throw invalid(what + " at offset " + offset + " lies outside the file");
    }
    return read(offset, Math.min(length, size - offset), what);
  }

  public InvalidInputException invalid(String message) {
    return new InvalidInputException(name + ": " + message);
  }

  /** An unsigned 32-bit field as a long. */
  public static long u32(ByteBuffer b, int at) {
    return Integer.toUnsignedLong(b.getInt(at));
  }

  public static int u16(ByteBuffer b, int at) {
    return Short.toUnsignedInt(b.getShort(at));
  }

  public static int u8(ByteBuffer b, int at) {
    return Byte.toUnsignedInt(b.get(at));
  }

  /** A 64-bit field; values above Long.MAX_VALUE are clamped so bounds checks reject them. */
  public static long u64(ByteBuffer b, int at) {
    long v = b.getLong(at);
    return v < 0 ? Long.MAX_VALUE : v;
  }

  /** A word of the file's class: 4 bytes for 32-bit files, 8 for 64-bit. */
  public static long word(ByteBuffer b, int at, boolean wide) {
    return wide ? u64(b, at) : u32(b, at);
  }

  /** A NUL-terminated string inside a table; empty when the index is out of range. */
  public static String cString(ByteBuffer table, long index) {
    if (index < 0 || index >= table.limit()) {
      return "";
    }
    int start = (int) index;
    int end = start;
    while (end < table.limit() && table.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - start];
    table.get(start, bytes);
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
