package dev.footprint.image.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream whose deflate work runs on several cores, as pigz does: the input is cut into
 * fixed blocks, each block is deflated on its own with the previous block's last 32 KiB as its
 * dictionary and ends on a sync flush, and the raw results are joined in order behind one gzip
 * header. The output is one ordinary gzip member, and the same bytes in give the same bytes out
 * whatever the number of threads, because the cut points and dictionaries depend only on the
 * input. Memory is bounded: at most two blocks per thread are in flight. Not thread-safe.
 */
final class ParallelGzipOutputStream extends OutputStream {
  private static final int BLOCK = 1 << 20;
  private static final int WINDOW = 32 * 1024;
  /** No file name, no time, no extra flags, OS unknown: what java.util.zip writes too. */
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0};

  private final OutputStream out;
  private final int level;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
  private final CRC32 crc = new CRC32();
  private byte[] dictionary = new byte[0];
  private long total;
  private boolean closed;
  /** The block being filled; cut points depend only on the input, never on write sizes. */
  private byte[] block = new byte[BLOCK];
  private int filled;

  ParallelGzipOutputStream(OutputStream out, int level, int threads) throws IOException {
    this.out = out;
    this.level = level;
    this.maxInFlight = Math.max(2, threads * 2);
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "footprint-gzip");
      t.setDaemon(true);
      return t;
    });
    out.write(HEADER);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, BLOCK - filled);
      System.arraycopy(b, off, block, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled == BLOCK) {
        byte[] full = block;
        block = new byte[BLOCK];
        filled = 0;
        submit(full, false);
      }
    }
  }

  private void submit(byte[] input, boolean last) throws IOException {
    int length = input.length;
    crc.update(input, 0, length);
    total += length;
    byte[] dict = dictionary;
    int keep = Math.min(WINDOW, length);
    dictionary = length >= WINDOW || dict.length == 0
        ? Arrays.copyOfRange(input, length - keep, length)
        : joinTail(dict, input, length);
    inFlight.add(pool.submit(() -> deflate(input, length, dict, last)));
    while (inFlight.size() >= maxInFlight) {
      drainOne();
    }
  }

  private static byte[] joinTail(byte[] dict, byte[] input, int length) {
    byte[] joined = new byte[Math.min(WINDOW, dict.length + length)];
    int fromDict = joined.length - length;
    System.arraycopy(dict, dict.length - fromDict, joined, 0, fromDict);
    System.arraycopy(input, 0, joined, fromDict, length);
    return joined;
  }

  private byte[] deflate(byte[] input, int length, byte[] dict, boolean last) {
    Deflater d = new Deflater(level, true);
    try {
      if (dict.length > 0) {
        d.setDictionary(dict);
      }
      d.setInput(input, 0, length);
      if (last) {
        d.finish();
      }
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(length / 2 + 64);
      byte[] chunk = new byte[64 * 1024];
      while (true) {
        int n = last ? d.deflate(chunk) : d.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
        buf.write(chunk, 0, n);
        if (last ? d.finished() : (n < chunk.length && d.needsInput())) {
          break;
        }
      }
      return buf.toByteArray();
    } finally {
      d.end();
    }
  }

  private void drainOne() throws IOException {
    try {
      out.write(inFlight.poll().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compressing", e);
    } catch (ExecutionException e) {
      throw new IOException("compression failed", e.getCause());
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      submit(Arrays.copyOf(block, filled), true);
      while (!inFlight.isEmpty()) {
        drainOne();
      }
      writeIntLe(crc.getValue());
      writeIntLe(total);
      out.close();
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeIntLe(long v) throws IOException {
    out.write((int) (v & 0xff));
    out.write((int) ((v >> 8) & 0xff));
    out.write((int) ((v >> 16) & 0xff));
    out.write((int) ((v >> 24) & 0xff));
  }
}
