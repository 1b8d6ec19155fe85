package dev.footprint.analyze.internal.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads one file's content once as it streams past: hashes it, looks at its first bytes, and
 * copies it to a spool file or to memory only when asked. Never holds a large file whole. Not
 * thread-safe (one per layer pass).
 */
final class ContentScanner {
  static final int HEAD_BYTES = 4096;
  /** Smaller files are not hashed: duplicates of them are not worth a finding. */
  static final long HASH_MIN_BYTES = 1024;

  private final byte[] buffer = new byte[64 * 1024];
  private final MessageDigest sha256;

  ContentScanner() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** The first bytes of {@code content} (up to {@link #HEAD_BYTES}). */
  byte[] head(InputStream content, long size) throws IOException {
    return content.readNBytes((int) Math.min(size, HEAD_BYTES));
  }

  /**
   * Streams the rest of the content after {@code head}: returns its SHA-256 when {@code hash},
   * copying everything to {@code spool} (may be null) and up to {@code captureLimit} bytes to
   * {@code capture} (may be null).
   */
  byte[] rest(InputStream content, byte[] head, boolean hash, OutputStream spool, ByteArrayOutputStream capture,
      long captureLimit) throws IOException {
    if (hash) {
      sha256.reset();
      sha256.update(head);
    }
    if (spool != null) {
      spool.write(head);
    }
    if (capture != null) {
      capture.write(head, 0, (int) Math.min(head.length, captureLimit));
    }
    if (!hash && spool == null && (capture == null || capture.size() >= captureLimit)) {
      return null;
    }
    int n;
    while ((n = content.read(buffer)) > 0) {
      if (hash) {
        sha256.update(buffer, 0, n);
      }
      if (spool != null) {
        spool.write(buffer, 0, n);
      }
      if (capture != null && capture.size() < captureLimit) {
        capture.write(buffer, 0, (int) Math.min(n, captureLimit - capture.size()));
      }
    }
    return hash ? sha256.digest() : null;
  }

  static boolean isElf(byte[] head) {
    return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
  }

  static boolean isPe(byte[] head) {
    return head.length >= 2 && head[0] == 'M' && head[1] == 'Z';
  }

  /** A PEM ({@code -----BEGIN … PRIVATE KEY-----}) or OpenSSH private key near the start. */
  static boolean looksLikePrivateKey(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int begin = text.indexOf("-----BEGIN ");
    if (begin < 0 || begin > 1024) {
      return false;
    }
    int end = text.indexOf("-----", begin + 11);
    return end > 0 && text.substring(begin + 11, end).endsWith("PRIVATE KEY");
  }
}
