package dev.footprint.image.internal.layer;

import dev.footprint.image.Digest;
import dev.footprint.image.ProgressListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Counts the bytes that pass and, when asked, hashes them with SHA-256 on a companion thread
 * (see {@link AsyncSha256}), so hashing overlaps the work of the reader. Progress is reported in
 * chunks so the listener is not called per read. Not thread-safe (one reader); close it to stop
 * the hashing thread.
 */
public final class DigestingInputStream extends FilterInputStream {
  private static final long PROGRESS_CHUNK = 1 << 20;

  private final AsyncSha256 digest;
  private final ProgressListener progress;
  private long count;
  private long unreported;

  public DigestingInputStream(InputStream in, boolean hash, ProgressListener progress) {
    super(in);
    this.digest = hash ? new AsyncSha256() : null;
    this.progress = progress;
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      if (digest != null) {
        digest.update(b, off, n);
      }
      count += n;
      unreported += n;
      if (unreported >= PROGRESS_CHUNK) {
        progress.advanced(unreported);
        unreported = 0;
      }
    }
    return n;
  }

  /** Skipping must still hash, so it reads. */
  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads to the end, so the digest covers the whole stream. */
  public void drain() throws IOException {
    byte[] buf = new byte[1 << 16];
    while (read(buf, 0, buf.length) >= 0) {
      // reading is the point
    }
  }

  public long count() {
    return count;
  }

  /** Flushes unreported progress. */
  public void reportRest() {
    if (unreported > 0) {
      progress.advanced(unreported);
      unreported = 0;
    }
  }

  /** The digest of everything read so far; only when constructed with hashing on. */
  public Digest digest() {
    return digest.finish();
  }

  /** Stops the hashing thread; the underlying stream is closed too. */
  @Override
  public void close() throws IOException {
    if (digest != null) {
      digest.close();
    }
    super.close();
  }

  /** Stops the hashing thread without closing the underlying stream. */
  public void abandon() {
    if (digest != null) {
      digest.close();
    }
  }
}
