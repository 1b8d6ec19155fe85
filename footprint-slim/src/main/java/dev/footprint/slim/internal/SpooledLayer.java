package dev.footprint.slim.internal;

import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One layer as {@link ContentSpool} read it: every entry in tar order, and for the entries that
 * may reach the output, their content (already stripped where asked) in a spool file. Reading
 * content back is a positional file read, so the writer never inflates the layer again.
 */
public final class SpooledLayer implements Closeable {
  private static final long NONE = -1;
  private final int index;
  private final List<LayerEntry> entries;
  private final long[] offsets;
  private final long[] lengths;
  private final Optional<Path> file;
  private final boolean hardlinks;
  private FileChannel channel;

  SpooledLayer(int index, List<LayerEntry> entries, long[] offsets, long[] lengths, Optional<Path> file) {
    this.index = index;
    this.entries = List.copyOf(entries);
    this.offsets = Arrays.copyOf(offsets, entries.size());
    this.lengths = Arrays.copyOf(lengths, entries.size());
    this.file = file;
    this.hardlinks = entries.stream().anyMatch(e -> e.type() == EntryType.HARDLINK);
  }

  /** Whether any entry is a hard link (most layers have none, and need no link bookkeeping). */
  public boolean hasHardlinks() {
    return hardlinks;
  }

  /** The layer's position in the image, from 0. */
  public int index() {
    return index;
  }

  /** Every entry of the layer, in tar order. */
  public List<LayerEntry> entries() {
    return entries;
  }

  /** Whether entry {@code i}'s content was spooled. */
  public boolean spooled(int i) {
    return offsets[i] != NONE;
  }

  /** The spooled length of entry {@code i}: smaller than its size when it was stripped. */
  public long length(int i) {
    return lengths[i];
  }

  /** Opens entry {@code i}'s spooled content; the caller closes the stream. */
  public InputStream open(int i) throws IOException {
    if (!spooled(i)) {
      throw new IllegalStateException("content of " + entries.get(i).path() + " was not spooled");
    }
    if (channel == null) {
      channel = FileChannel.open(file.orElseThrow());
    }
    // Most entries are small: a buffer the size of the entry, up to 64 KiB, not 64 KiB each.
    return new BufferedInputStream(new Slice(channel, offsets[i], lengths[i]), (int) Math.max(1, Math.min(1 << 16, lengths[i])));
  }

  /** Closes and deletes the spool file. */
  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
    if (file.isPresent()) {
      Files.deleteIfExists(file.get());
    }
  }

  /** A window of the spool file, read with positional reads so slices never share a position. */
  private static final class Slice extends InputStream {
    private final FileChannel channel;
    private long position;
    private final long end;

    Slice(FileChannel channel, long offset, long length) {
      this.channel = channel;
      this.position = offset;
      this.end = offset + length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position >= end) {
        return -1;
      }
      int want = (int) Math.min(len, end - position);
      int n = channel.read(ByteBuffer.wrap(b, off, want), position);
      if (n < 0) {
        throw new IOException("spool file ended early");
      }
      position += n;
      return n;
    }
  }
}
