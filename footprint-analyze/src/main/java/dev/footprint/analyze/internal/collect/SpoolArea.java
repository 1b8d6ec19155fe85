package dev.footprint.analyze.internal.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A private temporary directory for executables copied out of layers, with a byte budget so a
 * huge image cannot fill the disk. Thread-safe. {@link #close} deletes everything.
 */
public final class SpoolArea implements AutoCloseable {
  private final Path dir;
  private final AtomicLong left;
  private final AtomicLong counter = new AtomicLong();

  public SpoolArea(long budgetBytes) throws IOException {
    this.dir = Files.createTempDirectory("footprint-analyze-");
    this.left = new AtomicLong(budgetBytes);
  }

  /** Reserves {@code bytes} of the budget; false when the budget is spent. */
  public boolean reserve(long bytes) {
    return left.addAndGet(-bytes) >= 0 || release(bytes);
  }

  private boolean release(long bytes) {
    left.addAndGet(bytes);
    return false;
  }

  public Path newFile() {
    return dir.resolve("bin-" + counter.incrementAndGet());
  }

  public void discard(Path file, long bytes) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temp file left behind is removed with the directory on close
    }
    left.addAndGet(bytes);
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
