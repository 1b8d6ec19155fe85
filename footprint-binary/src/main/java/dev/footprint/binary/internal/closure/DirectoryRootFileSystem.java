package dev.footprint.binary.internal.closure;

import dev.footprint.binary.RootFileSystem;
import dev.footprint.binary.RootPaths;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A {@link RootFileSystem} over an unpacked directory; never follows a link on the host. */
public final class DirectoryRootFileSystem implements RootFileSystem {
  private final Path root;

  public DirectoryRootFileSystem(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  private Path host(String path) {
    String rel = RootPaths.normalize(path).substring(1);
    return rel.isEmpty() ? root : root.resolve(rel);
  }

  @Override
  public Optional<SeekableByteChannel> open(String path) throws IOException {
    Path p = host(path);
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(Files.newByteChannel(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(host(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Optional<String> readlink(String path) throws IOException {
    Path p = host(path);
    if (!Files.isSymbolicLink(p)) {
      return Optional.empty();
    }
    return Optional.of(Files.readSymbolicLink(p).toString().replace('\\', '/'));
  }

  @Override
  public List<String> list(String path) throws IOException {
    Path p = host(path);
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> entries = Files.list(p)) {
      entries.forEach(e -> out.add(e.getFileName().toString()));
    }
    out.sort(null);
    return out;
  }
}
