package dev.footprint.binary.internal.go;

import dev.footprint.binary.GoBuildInfo;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds and decodes the Go build info blob exactly as Go's debug/buildinfo does: a 64 KiB window
 * from the data start, the 16-byte aligned magic, then either inline varint strings (Go 1.18+)
 * or two pointers to Go string headers (older Go).
 */
public final class GoBuildInfoReader {
  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int WINDOW = 64 * 1024;
  private static final int ALIGN = 16;
  private static final int HEADER = 32;
  private static final long MAX_STRING = 16L << 20;

  private GoBuildInfoReader() {}

  /** Bytes tried first: the blob normally sits at the very start of the data. */
  private static final int FIRST_TRY = 4096;

  /** Empty when the binary is not a Go binary (no blob, or an empty Go version). */
  public static Optional<GoBuildInfo> read(AddressSpace space, String name)
      throws InvalidInputException {
    long start = space.dataStart();
    // A small window first, so a Go binary costs a few kB of reads; Go's full 64 KiB window only
    // when the small one does not hold a complete blob. Same result, fewer bytes read.
    int first = (int) Math.min(WINDOW, Math.max(FIRST_TRY, space.sizeHint()));
    ByteBuffer data = space.read(start, first);
    boolean whole = data.limit() < first || first == WINDOW;
    Optional<GoBuildInfo> found = read(space, data, whole, name);
    if (found.isPresent() || whole) {
      return found;
    }
    return read(space, space.read(start, WINDOW), true, name);
  }

  private static Optional<GoBuildInfo> read(AddressSpace space, ByteBuffer data, boolean whole,
      String name) throws InvalidInputException {
    int at = find(data);
    if (at < 0) {
      return Optional.empty();
    }
    int ptrSize = Byte.toUnsignedInt(data.get(at + 14));
    int flags = Byte.toUnsignedInt(data.get(at + 15));
    String version;
    String mod;
    if ((flags & 2) != 0) {
      int[] cursor = {at + HEADER};
      version = inline(data, cursor);
      mod = cursor[0] < 0 ? "" : inline(data, cursor);
      if (cursor[0] < 0 && !whole) {
        return Optional.empty();
      }
    } else {
      if (ptrSize != 4 && ptrSize != 8) {
        return Optional.empty();
      }
      ByteOrder order = flags != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      version = pointed(space, ptrSize, order, pointer(data, at + 16, ptrSize, order));
      mod = pointed(space, ptrSize, order, pointer(data, at + 16 + ptrSize, ptrSize, order));
    }
    if (version.isEmpty()) {
      return Optional.empty();
    }
    if (mod.length() >= 33 && mod.charAt(mod.length() - 17) == '\n') {
      mod = mod.substring(16, mod.length() - 16);
    } else {
      mod = "";
    }
    return Optional.of(GoBuildInfoText.parse(version, mod, name));
  }

  /** Mirrors Go's search loop, including how it skips a misaligned match. */
  private static int find(ByteBuffer data) {
    int base = 0;
    while (true) {
      int i = indexOf(data, base);
      if (i < 0 || data.limit() - i < HEADER) {
        return -1;
      }
      int rel = i - base;
      if (rel % ALIGN == 0) {
        return i;
      }
      base += (rel + ALIGN - 1) & ~ALIGN;
    }
  }

  private static int indexOf(ByteBuffer data, int from) {
    outer:
    for (int i = from; i <= data.limit() - MAGIC.length; i++) {
      for (int j = 0; j < MAGIC.length; j++) {
        if (data.get(i + j) != MAGIC[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A uvarint-prefixed string; sets cursor to -1 when Go would give up (it returns ""). */
  private static String inline(ByteBuffer data, int[] cursor) {
    int p = cursor[0];
    long value = 0;
    int shift = 0;
    int n = 0;
    while (true) {
      if (p + n >= data.limit() || n >= 10) {
        cursor[0] = -1;
        return "";
      }
      int b = Byte.toUnsignedInt(data.get(p + n));
      n++;
      value |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        break;
      }
      shift += 7;
    }
    long available = data.limit() - p - n;
    if (value < 0 || value > available) {
      cursor[0] = -1;
      return "";
    }
    byte[] bytes = new byte[(int) value];
    data.get(p + n, bytes);
    cursor[0] = p + n + (int) value;
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static long pointer(ByteBuffer data, int at, int size, ByteOrder order) {
    ByteBuffer b = data.duplicate().order(order);
    return size == 4 ? Integer.toUnsignedLong(b.getInt(at)) : b.getLong(at);
  }

  private static String pointed(AddressSpace space, int ptrSize, ByteOrder order, long address)
      throws InvalidInputException {
    ByteBuffer header = space.read(address, 2L * ptrSize);
    if (header.limit() < 2 * ptrSize) {
      return "";
    }
    long dataAddress = pointer(header, 0, ptrSize, order);
    long length = pointer(header, ptrSize, ptrSize, order);
    if (length < 0 || length > MAX_STRING) {
      return "";
    }
    ByteBuffer bytes = space.read(dataAddress, length);
    if (bytes.limit() < length) {
      return "";
    }
    byte[] out = new byte[(int) length];
    bytes.get(0, out);
    return new String(out, StandardCharsets.UTF_8);
  }
}
