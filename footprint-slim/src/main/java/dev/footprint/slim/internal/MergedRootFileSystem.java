package dev.footprint.slim.internal;

import dev.footprint.binary.RootFileSystem;
import dev.footprint.image.EntryType;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image's merged file system as the binary module sees a root: names, types and links from
 * the merged metadata, and file bytes from the copies {@link ContentExtractor} made of the files
 * worth opening (programs, libraries, loader configuration). Other files read as absent.
 */
public final class MergedRootFileSystem implements RootFileSystem {
  private final MergedFileSystem merged;
  private final Path contentDir;

  public MergedRootFileSystem(MergedFileSystem merged, Path contentDir) {
    this.merged = merged;
    this.contentDir = contentDir;
  }

  @Override
  public Optional<SeekableByteChannel> open(String path) throws IOException {
    Optional<Node> node = merged.get(rel(path));
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String stored = node.get().entry().type() == EntryType.HARDLINK ? node.get().entry().linkTarget() : rel(path);
    if (node.get().entry().type() != EntryType.FILE && node.get().entry().type() != EntryType.HARDLINK) {
      return Optional.empty();
    }
    Path file = ContentExtractor.location(contentDir, stored);
    return Files.isRegularFile(file) ? Optional.of(Files.newByteChannel(file)) : Optional.empty();
  }

  @Override
  public boolean exists(String path) {
    String p = rel(path);
    return p.isEmpty() || merged.get(p).isPresent();
  }

  /** A regular file or a hardlink to one (not a directory, link or device). */
  public boolean isFile(String path) {
    return merged.get(rel(path))
        .map(n -> n.entry().type() == EntryType.FILE || n.entry().type() == EntryType.HARDLINK)
        .orElse(false);
  }

  @Override
  public Optional<String> readlink(String path) {
    return merged.get(rel(path))
        .filter(n -> n.entry().type() == EntryType.SYMLINK)
        .map(n -> n.entry().linkTarget());
  }

  @Override
  public List<String> list(String path) {
    String dir = rel(path);
    List<String> names = new ArrayList<>();
    for (Node n : merged.under(dir)) {
      String rest = dir.isEmpty() ? n.path() : n.path().substring(dir.length() + 1);
      if (!rest.contains("/")) {
        names.add(rest);
      }
    }
    return names;
  }

  public static String rel(String absolute) {
    String p = absolute;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
