package dev.footprint.analyze.internal.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Reads one file's content once as it streams past: fingerprints it, looks at its first bytes, and
 * copies it to a spool file or to memory only when asked. Never holds a large file whole. Not
 * thread-safe (one per layer pass).
 */
final class ContentScanner {
  static final int HEAD_BYTES = 4096;
  /** Smaller files are not hashed: duplicates of them are not worth a finding. */
  static final long HASH_MIN_BYTES = 1024;

  private final byte[] buffer = new byte[64 * 1024];
  // Two CRCs with different polynomials: 64 bits of fingerprint at memory speed (both are JVM
  // intrinsics), where SHA-256 tripled inspect's CPU time. Duplicates are grouped by size too, so
  // an accidental collision needs two equal-sized files whose CRC-32 and CRC-32C both agree.
  private final CRC32 crc = new CRC32();
  private final CRC32C crcC = new CRC32C();

  /** The first bytes of {@code content} (up to {@link #HEAD_BYTES}). */
  byte[] head(InputStream content, long size) throws IOException {
    return content.readNBytes((int) Math.min(size, HEAD_BYTES));
  }

  /**
   * Streams the rest of the content after {@code head}: returns its fingerprint when {@code hash},
   * copying everything to {@code spool} (may be null) and up to {@code captureLimit} bytes to
   * {@code capture} (may be null).
   */
  byte[] rest(InputStream content, byte[] head, boolean hash, OutputStream spool, ByteArrayOutputStream capture,
      long captureLimit) throws IOException {
    if (hash) {
      crc.reset();
      crcC.reset();
      crc.update(head);
      crcC.update(head);
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
        crc.update(buffer, 0, n);
        crcC.update(buffer, 0, n);
      }
      if (spool != null) {
        spool.write(buffer, 0, n);
      }
      if (capture != null && capture.size() < captureLimit) {
        capture.write(buffer, 0, (int) Math.min(n, captureLimit - capture.size()));
      }
    }
    return hash ? fingerprint() : null;
  }

  private byte[] fingerprint() {
    long a = crc.getValue();
    long b = crcC.getValue();
    return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a,
        (byte) (b >>> 24), (byte) (b >>> 16), (byte) (b >>> 8), (byte) b};
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
