package dev.footprint.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a file or a directory tree so that it appears whole or not at all: content goes to a
 * temporary sibling (same file system, so the final move is a rename) and is moved into place only
 * after the writer finished without an exception.
 */
public final class AtomicOutput {

  /** Writes one file's content. */
  @FunctionalInterface
  public interface FileWriter {
    void write(OutputStream out) throws IOException, FootprintException;
  }

  /** Fills a fresh directory. */
  @FunctionalInterface
  public interface DirectoryWriter {
    void write(Path directory) throws IOException, FootprintException;
  }

  private AtomicOutput() {}

  /** Writes {@code target} through a temporary sibling; on any failure the target is untouched. */
  public static void writeFile(Path target, FileWriter writer)
      throws IOException, FootprintException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    readable(tmp, "rw-r--r--");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.write(out);
      }
      move(tmp, target);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Writes a directory tree (an OCI layout, a report folder) through a temporary sibling. An
   * existing target directory is replaced only once the new one is complete.
   */
  public static void writeDirectory(Path target, DirectoryWriter writer)
      throws IOException, FootprintException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    readable(tmp, "rwxr-xr-x");
    boolean done = false;
    try {
      writer.write(tmp);
      publish(tmp, target);
      done = true;
    } finally {
      if (!done) {
        deleteTree(tmp);
      }
    }
  }

  /**
   * Moves a finished file or directory {@code tmp} (a sibling of {@code target}) into place,
   * replacing what was there only once the new one is in: for callers that must check an output
   * (run it, verify it) between writing and publishing it.
   */
  public static void publish(Path tmp, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      Path parent = parentOf(target);
      Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
      Files.delete(old);
      Files.move(target, old);
      move(tmp, target);
      deleteTree(old);
    } else {
      move(tmp, target);
    }
  }

  /** Deletes a file or directory tree if it exists. */
  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Temp files are created private; the published output should read like any file the user
   * writes, so widen it to the usual mode where the file system has POSIX permissions.
   */
  private static void readable(Path p, String mode) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
    }
  }

  private static Path parentOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("no parent directory for " + target);
    }
    return parent;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
