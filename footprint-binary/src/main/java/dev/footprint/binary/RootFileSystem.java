package dev.footprint.binary;

import dev.footprint.binary.internal.closure.DirectoryRootFileSystem;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file system to look paths up in: an unpacked root directory, or an image's merged layers.
 * Paths are absolute, '/'-separated, normalized (no '.', '..' or empty parts), and their parent
 * directories are already resolved: callers resolve symlinks component by component with {@link
 * RootPaths#resolve}, so an implementation only answers for the last component and never follows
 * a link itself (a link in an image must resolve inside the image, not on the host).
 */
public interface RootFileSystem {

  /** The regular file at {@code path}, or empty when there is none (missing, a dir, a link). */
  Optional<SeekableByteChannel> open(String path) throws IOException;

  /** True when an entry of any type (file, dir, link) exists at {@code path}. */
  boolean exists(String path) throws IOException;

  /** The target of the symlink at {@code path} as stored, or empty when it is not a symlink. */
  Optional<String> readlink(String path) throws IOException;

  /** Names of the entries of directory {@code path}, sorted; empty when it is not a directory. */
  List<String> list(String path) throws IOException;

  /** The file system rooted at an unpacked directory on this host. */
  static RootFileSystem ofDirectory(Path root) {
    return new DirectoryRootFileSystem(root);
  }
}
