package dev.footprint.gc.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Splits a stream into lines on raw bytes and makes a String only of the lines a handler wants: a
 * gc* log is mostly phase, metaspace and cpu detail that no figure needs, and skipping those
 * without decoding them is what lets a 1 GB log parse in seconds. Lines end at LF; a CR before it
 * is dropped. Memory: one buffer of {@value #BUFFER} bytes, never grown: a line longer than {@value
 * #MAX_LINE} bytes (no GC line comes near it; a hostile file may hold hundreds of MB without a
 * newline) is passed over unread, at scanning speed, and reported to {@link Handler#overlong}.
 */
public final class ByteLines {
  /** Decides on the raw bytes, then takes the wanted lines as text. */
  public interface Handler {
    boolean wants(byte[] b, int from, int to);

    void accept(String line, long lineNo);

    /** A line longer than {@link #MAX_LINE} bytes, passed over. */
    void overlong(long lineNo);
  }

  /** The longest line read, in bytes; longer ones are counted and passed over. */
  public static final int MAX_LINE = 64 * 1024;

  private static final int BUFFER = 1 << 20;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private ByteLines() {}

  /** Feeds every line of {@code in} to the handler; returns the number of lines. */
  public static long forEach(InputStream in, Handler handler) throws IOException {
    byte[] buf = new byte[BUFFER];
    int start = 0;
    int end = 0;
    long lineNo = 0;
    boolean skipping = false; // inside a line already reported as over-long
    while (true) {
      if (start == end) {
        start = 0;
        end = 0;
      } else if (end == buf.length) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      int scanFrom = end;
      end += n;
      for (int nl = indexOf(buf, scanFrom, end, (byte) '\n'); nl >= 0;
          nl = indexOf(buf, nl + 1, end, (byte) '\n')) {
        if (skipping) {
          skipping = false;
        } else {
          lineNo++;
          emit(buf, start, nl, lineNo, handler);
        }
        start = nl + 1;
      }
      if (skipping) {
        start = end; // the rest of an over-long line: drop it as it comes
      } else if (end - start > MAX_LINE) {
        lineNo++;
        handler.overlong(lineNo);
        skipping = true;
        start = end;
      }
    }
    if (start < end && !skipping) {
      lineNo++;
      emit(buf, start, end, lineNo, handler);
    }
    return lineNo;
  }

  private static void emit(byte[] b, int from, int to, long lineNo, Handler handler) {
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    if (to - from > MAX_LINE) {
      handler.overlong(lineNo);
      return;
    }
    if (handler.wants(b, from, to)) {
      handler.accept(new String(b, from, to - from, StandardCharsets.ISO_8859_1), lineNo);
    }
  }

  /**
   * Index of byte {@code c} in {@code b[from..to)}, or -1; eight bytes per step (SWAR: a byte of
   * {@code word ^ pattern} is zero exactly where {@code c} is), the scan that dominates a parse.
   */
  static int indexOf(byte[] b, int from, int to, byte c) {
    long pattern = ONES * (c & 0xff);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** True if {@code b[at..]} starts with the ASCII {@code prefix} within {@code to}. */
  static boolean startsWith(byte[] b, int at, int to, String prefix) {
    if (to - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code b[from..to)} equals the ASCII {@code s}. */
  static boolean equals(byte[] b, int from, int to, String s) {
    return to - from == s.length() && startsWith(b, from, to, s);
  }

  /** Index of {@code needle} in {@code b[from..to)}, or -1. */
  static int indexOf(byte[] b, int from, int to, String needle) {
    outer:
    for (int i = from; i <= to - needle.length(); i++) {
      for (int j = 0; j < needle.length(); j++) {
        if (b[i + j] != needle.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
