package dev.footprint.image.write;

import dev.footprint.image.Digest;
import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Streams entries into one compressed layer blob on disk, digesting the tar and the blob on the
 * way. Entries are written in the order given (callers sort them for reproducible output) with
 * one fixed modification time, no user or group names, and PAX headers for long names. Not
 * thread-safe: one builder per layer.
 */
public final class LayerBuilder implements Closeable {
  private final Path blob;
  private final LayerCompression compression;
  private final long mtimeEpochSecond;
  private final MessageDigest blobDigest = sha256();
  private final MessageDigest tarDigest = sha256();
  private final CountingStream blobCount;
  private final CountingStream tarCount;
  private final OutputStream compressor;
  private final TarOutput tar;
  private final byte[] buffer = new byte[1 << 16]; // reused: images can have a million entries
  private long entries;
  private boolean finished;

  /** Creates a builder writing to a new temporary file in {@code workDir}, at the default level. */
  public LayerBuilder(Path workDir, LayerCompression compression, long mtimeEpochSecond) throws IOException {
    this(workDir, compression, compression.defaultLevel(), mtimeEpochSecond);
  }

  /**
   * Creates a builder writing to a new temporary file in {@code workDir}.
   *
   * @param level 1 (fastest) to {@link LayerCompression#maxLevel()} (smallest)
   */
  public LayerBuilder(Path workDir, LayerCompression compression, int level, long mtimeEpochSecond)
      throws IOException {
    compression.requireLevel(level); // before the temp file exists
    this.blob = Files.createTempFile(workDir, "layer-", ".blob");
    this.compression = compression;
    this.mtimeEpochSecond = mtimeEpochSecond;
    OutputStream file = new BufferedOutputStream(Files.newOutputStream(blob), 1 << 16);
    blobCount = new CountingStream(new DigestOutputStream(file, blobDigest));
    compressor = compression.wrap(blobCount, level);
    tarCount = new CountingStream(new DigestOutputStream(compressor, tarDigest));
    tar = TarOutput.over(tarCount, 1 << 18);
  }

  /**
   * Adds one entry. {@code content} supplies exactly {@code entry.size()} bytes for a file and is
   * ignored otherwise. The entry's path is written as-is (relative, '/'-separated); whiteout
   * markers are ordinary empty files named {@code .wh.NAME}.
   */
  public void add(LayerEntry entry, InputStream content) throws IOException {
    TarArchiveEntry t = toTar(entry);
    tar.putArchiveEntry(t);
    if (entry.type() == EntryType.FILE && entry.size() > 0) {
      long copied = 0;
      for (int r; (r = content.read(buffer)) > 0; ) {
        tar.write(buffer, 0, r);
        copied += r;
      }
      if (copied != entry.size()) {
        throw new IOException(
            "content of " + entry.path() + " has " + copied + " bytes, expected " + entry.size());
      }
    }
    tar.closeArchiveEntry();
    entries++;
  }

  /** Closes the tar and the compressor and returns the finished blob's facts. */
  public WrittenLayer finish() throws IOException {
    tar.finish();
    tar.flush();
    compressor.close();
    finished = true;
    return new WrittenLayer(
        blob,
        Digest.sha256(blobDigest.digest()),
        blobCount.count,
        Digest.sha256(tarDigest.digest()),
        tarCount.count,
        compression.mediaType(),
        entries);
  }

  /** Abandons an unfinished blob (its file is deleted). */
  @Override
  public void close() throws IOException {
    if (!finished) {
      try {
        compressor.close();
      } catch (IOException ignored) {
        // the blob is deleted anyway
      }
      Files.deleteIfExists(blob);
    }
  }

  private TarArchiveEntry toTar(LayerEntry e) {
    String name = e.type() == EntryType.DIR ? e.path() + "/" : e.path();
    byte flag =
        switch (e.type()) {
          case FILE -> TarConstants.LF_NORMAL;
          case DIR -> TarConstants.LF_DIR;
          case SYMLINK -> TarConstants.LF_SYMLINK;
          case HARDLINK -> TarConstants.LF_LINK;
          case CHAR_DEVICE -> TarConstants.LF_CHR;
          case BLOCK_DEVICE -> TarConstants.LF_BLK;
          case FIFO -> TarConstants.LF_FIFO;
        };
    TarArchiveEntry t = new TarArchiveEntry(name, flag, true);
    t.setMode(e.mode() & 07777);
    t.setUserId(e.uid());
    t.setGroupId(e.gid());
    t.setUserName("");
    t.setGroupName("");
    t.setModTime(mtimeEpochSecond * 1000L);
    if (e.type() == EntryType.FILE) {
      t.setSize(e.size());
    }
    if (e.type() == EntryType.SYMLINK || e.type() == EntryType.HARDLINK) {
      t.setLinkName(e.linkTarget());
    }
    return t;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
