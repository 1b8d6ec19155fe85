package dev.footprint.runtime.internal.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads small kernel-generated files with one reusable buffer: /proc and cgroup files are a few
 * hundred bytes, and a 100 ms sampling loop must not allocate a stream per read. Not thread-safe.
 */
public final class ProcFiles {
  private ByteBuffer buffer = ByteBuffer.allocate(8192);

  /**
   * The whole content as ASCII text.
   *
   * @throws java.nio.file.NoSuchFileException when the process or cgroup is gone
   * @throws java.nio.file.AccessDeniedException when the host forbids the read
   */
  public String read(Path file) throws IOException {
    buffer.clear();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      while (true) {
        int n = ch.read(buffer);
        if (n < 0) {
          break;
        }
        if (!buffer.hasRemaining()) {
          // Kernel files report size 0, so grow on demand (large memory.stat, io.stat).
          ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() * 2);
          buffer.flip();
          bigger.put(buffer);
          buffer = bigger;
        }
      }
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
  }
}
