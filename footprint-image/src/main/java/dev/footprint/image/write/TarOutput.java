package dev.footprint.image.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar stream footprint writes: POSIX (PAX) headers for long, non-ASCII or large entries, over
 * a buffer. commons-compress hands its output one 512-byte record at a time (a system call each
 * on a file, a JNI call each into zstd), and its own flush does not reach through its block
 * layer, so this flush also empties the buffer.
 */
final class TarOutput extends TarArchiveOutputStream {
  private final BufferedOutputStream buffer;

  private TarOutput(BufferedOutputStream buffer) {
    super(buffer, 1 << 16);
    this.buffer = buffer;
    setLongFileMode(LONGFILE_POSIX);
    setBigNumberMode(BIGNUMBER_POSIX);
    setAddPaxHeadersForNonAsciiNames(true);
  }

  static TarOutput over(OutputStream out, int bufferSize) {
    return new TarOutput(new BufferedOutputStream(out, bufferSize));
  }

  @Override
  public void flush() throws IOException {
    super.flush();
    buffer.flush();
  }
}
