package dev.footprint.image.internal.layer;

import dev.footprint.image.Digest;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * SHA-256 computed on its own thread, so hashing overlaps decompression and tar parsing instead
 * of adding to them. Bytes are copied into a few recycled chunks (bounded memory: about 1 MB) and
 * handed over. One producer thread calls {@link #update} and {@link #finish}; {@link #close}
 * stops the worker if the producer gives up early.
 */
final class AsyncSha256 implements AutoCloseable {
  private static final int CHUNK = 1 << 18;
  private static final int DEPTH = 4;

  private record Chunk(byte[] data, int length) {}

  private static final Chunk END = new Chunk(new byte[0], -1);

  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(DEPTH + 1);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(DEPTH + 1);
  private final MessageDigest sha = DigestingInputStream.newSha256();
  private final Thread worker;
  private byte[] current;
  private int pos;
  private volatile boolean stopped;

  AsyncSha256() {
    for (int i = 0; i < DEPTH; i++) {
      free.add(new byte[CHUNK]);
    }
    current = new byte[CHUNK];
    worker = new Thread(this::work, "footprint-sha256");
    worker.setDaemon(true);
    worker.start();
  }

  private void work() {
    try {
      while (true) {
        Chunk c = full.take();
        if (c == END) {
          return;
        }
        sha.update(c.data(), 0, c.length());
        free.put(c.data());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void update(byte[] b, int off, int len) {
    while (len > 0) {
      int n = Math.min(len, CHUNK - pos);
      System.arraycopy(b, off, current, pos, n);
      pos += n;
      off += n;
      len -= n;
      if (pos == CHUNK) {
        handOff();
      }
    }
  }

  private void handOff() {
    try {
      full.put(new Chunk(current, pos));
      current = free.take();
      pos = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing", e);
    }
  }

  /** Waits for the worker and returns the digest of everything passed to {@link #update}. */
  Digest finish() {
    if (pos > 0) {
      handOff();
    }
    try {
      full.put(END);
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing", e);
    }
    stopped = true;
    return Digest.sha256(sha.digest());
  }

  @Override
  public void close() {
    if (!stopped) {
      stopped = true;
      worker.interrupt();
    }
  }
}
