package dev.footprint.image.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands bytes to a worker thread that writes them downstream, so that a single-threaded
 * compressor (zstd here) runs beside the thread that reads layers and builds the tar instead of
 * after it. Order is kept, so the output is the same bytes as a direct write. At most four
 * 1 MiB chunks wait. A failure downstream surfaces on the next write or on close. Not
 * thread-safe on the writing side.
 */
final class AsyncOutputStream extends ChunkingOutputStream {
  private static final int CHUNK = 1 << 20;
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
  private final Thread worker;
  private volatile Throwable failure;
  private boolean closed;

  AsyncOutputStream(OutputStream downstream) {
    super(CHUNK);
    worker = new Thread(() -> {
      try (OutputStream out = downstream) {
        for (byte[] chunk = queue.take(); chunk != END; chunk = queue.take()) {
          out.write(chunk);
        }
      } catch (Throwable t) {
        failure = t;
        queue.clear(); // unblock a producer waiting for room
      }
    }, "footprint-compress");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  protected void chunk(byte[] full) throws IOException {
    hand(full);
  }

  private void hand(byte[] chunk) throws IOException {
    check();
    try {
      while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        check();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compressing", e);
    }
  }

  private void check() throws IOException {
    if (failure != null) {
      throw failure instanceof IOException io ? io : new IOException("compression failed", failure);
    }
  }

  /** Waits until every byte is written downstream and the downstream stream is closed. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    byte[] rest = pending();
    if (rest.length > 0) {
      hand(rest);
    }
    hand(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compressing", e);
    }
    check();
  }
}
