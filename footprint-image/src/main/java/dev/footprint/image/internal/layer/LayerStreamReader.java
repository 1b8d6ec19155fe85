package dev.footprint.image.internal.layer;

import com.github.luben.zstd.ZstdInputStream;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.Compression;
import dev.footprint.image.Digest;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.LayerReadSummary;
import dev.footprint.image.LayerVisitor;
import dev.footprint.image.ProgressListener;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One pass over a layer blob: detect compression by magic, decompress, parse tar entries, and
 * (optionally) hash the raw and the uncompressed bytes on the way. Stateless; each call uses
 * its own streams, so concurrent calls are safe.
 */
public final class LayerStreamReader {
  private static final int RAW_BUFFER = 1 << 18;
  private static final int INFLATE_BUFFER = 1 << 16;
  private static final int TAR_BUFFER = 1 << 18;

  /**
   * What to check.
   *
   * @param blobName names the blob in messages
   * @param blobDigest expected digest of the raw bytes, if known
   * @param diffId expected digest of the uncompressed tar
   * @param verify whether to check at all
   */
  public record Expectation(String blobName, Optional<Digest> blobDigest, Digest diffId, boolean verify) {}

  private LayerStreamReader() {}

  public static LayerReadSummary read(
      InputStream blob, Expectation expect, ProgressListener progress, LayerVisitor visitor)
      throws IOException, InvalidInputException {
    boolean hashRaw = expect.verify() && expect.blobDigest().isPresent();
    DigestingInputStream raw = new DigestingInputStream(blob, hashRaw, progress);
    BufferedInputStream buffered = new BufferedInputStream(raw, RAW_BUFFER);
    Compression compression = sniff(buffered);
    // A plain layer whose blob digest is its diff_id needs hashing once.
    boolean hashTar = expect.verify()
        && !(compression == Compression.NONE && hashRaw && expect.blobDigest().get().equals(expect.diffId()));
    DigestingInputStream tarBytes = null;
    InputStream plain = null;
    try {
      long entries;
      try {
        plain = decompressor(compression, buffered);
        tarBytes = new DigestingInputStream(plain, hashTar, ProgressListener.NONE);
        entries = visitEntries(tarBytes, visitor);
        raw.drain();
      } catch (IOException | IllegalArgumentException e) {
        throw translate(e, expect.blobName(), compression);
      }
      raw.reportRest();
      if (hashRaw) {
        check(expect.blobName(), "digest", expect.blobDigest().get(), raw.digest());
      }
      if (hashTar) {
        check(expect.blobName(), "diff_id", expect.diffId(), tarBytes.digest());
      }
      return new LayerReadSummary(compression, raw.count(), tarBytes.count(), entries);
    } finally {
      raw.abandon();
      if (tarBytes != null) {
        tarBytes.abandon();
      }
      closeQuietly(plain); // frees the native inflater/zstd context now, not at GC time
    }
  }

  private static Compression sniff(BufferedInputStream in) throws IOException {
    in.mark(8);
    byte[] head = new byte[4];
    int got = in.readNBytes(head, 0, 4);
    in.reset();
    return Compression.detect(head, got);
  }

  /** Visits every entry, then drains what follows the tar's end (padding, an estargz TOC). */
  private static long visitEntries(DigestingInputStream tarBytes, LayerVisitor visitor) throws IOException {
    // Tar reads 512-byte records: buffer them so the inflater and the hasher see big reads.
    TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(tarBytes, TAR_BUFFER), true);
    long entries = 0;
    TarArchiveEntry e;
    while ((e = tar.getNextEntry()) != null) {
      if (e.isGlobalPaxHeader()) {
        continue;
      }
      visitor.visit(TarEntryMapper.map(e), tar);
      entries++;
    }
    tarBytes.drain(); // bytes still in the tar buffer were hashed when they were read
    return entries;
  }

  /** A format problem in the blob is bad input (exit 2); a failing disk stays an IOException. */
  private static InvalidInputException translate(Exception e, String blob, Compression c) throws IOException {
    if (e instanceof ZipException || e instanceof EOFException) {
      return new InvalidInputException(
          blob + ": corrupt or truncated " + c.name().toLowerCase(Locale.ROOT) + " layer (" + e.getMessage() + ")", e);
    }
    if (e instanceof IllegalArgumentException) {
      return new InvalidInputException(blob + ": malformed tar header (" + e.getMessage() + ")", e);
    }
    IOException io = (IOException) e;
    if (isFormatProblem(io)) {
      return new InvalidInputException(blob + ": unreadable layer (" + e.getMessage() + ")", e);
    }
    throw io;
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the blob stream is closed by the caller; nothing to report here
      }
    }
  }

  private static InputStream decompressor(Compression c, InputStream in) throws IOException {
    return switch (c) {
      case GZIP -> new GZIPInputStream(in, INFLATE_BUFFER);
      case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), INFLATE_BUFFER);
      case NONE -> in;
    };
  }

  private static boolean isFormatProblem(IOException e) {
    String cls = e.getClass().getName();
    return !(e instanceof java.nio.file.FileSystemException)
        && (cls.startsWith("org.apache.commons.compress") || cls.startsWith("com.github.luben")
            || String.valueOf(e.getMessage()).toLowerCase().contains("tar")
            || String.valueOf(e.getMessage()).toLowerCase().contains("zstd"));
  }

  private static void check(String blob, String what, Digest expected, Digest actual) throws InvalidInputException {
    if (!expected.equals(actual)) {
      throw new InvalidInputException(
          blob + ": " + what + " mismatch: expected " + expected + ", content hashes to " + actual
              + " (corrupt or tampered; --no-verify skips this check)");
    }
  }
}
