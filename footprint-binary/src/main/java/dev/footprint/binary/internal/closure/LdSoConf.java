package dev.footprint.binary.internal.closure;

import dev.footprint.binary.ResolvedPath;
import dev.footprint.binary.RootFileSystem;
import dev.footprint.binary.RootPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Directories listed by the image's /etc/ld.so.conf and its {@code include}d files, in order,
 * the way ldconfig reads them (glob includes sorted, relative includes against the file's dir).
 */
final class LdSoConf {
  private static final int MAX_DEPTH = 16;
  private static final int MAX_FILE = 1 << 20;

  private LdSoConf() {}

  static List<String> directories(RootFileSystem fs, String file) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    read(fs, file, out, 0);
    return new ArrayList<>(out);
  }

  /** The lines of a text file inside the root, or empty when it is absent. */
  static Optional<String> text(RootFileSystem fs, String path) throws IOException {
    Optional<ResolvedPath> resolved = RootPaths.resolve(fs, path);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Optional<SeekableByteChannel> channel = fs.open(resolved.get().path());
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    try (SeekableByteChannel c = channel.get()) {
      ByteBuffer b = ByteBuffer.allocate((int) Math.min(c.size(), MAX_FILE));
      while (b.hasRemaining() && c.read(b) > 0) {
        // keep reading
      }
      return Optional.of(new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
    }
  }

  private static void read(RootFileSystem fs, String file, Set<String> out, int depth)
      throws IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    Optional<String> text = text(fs, file);
    if (text.isEmpty()) {
      return;
    }
    for (String raw : text.get().split("\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
      if (line.isEmpty() || line.startsWith("hwcap ")) {
        continue;
      }
      if (line.startsWith("include") && line.length() > 7 && Character.isWhitespace(line.charAt(7))) {
        for (String pattern : line.substring(8).trim().split("\\s+")) {
          String abs = pattern.startsWith("/") ? pattern : RootPaths.parent(file) + "/" + pattern;
          for (String included : glob(fs, RootPaths.normalize(abs))) {
            read(fs, included, out, depth + 1);
          }
        }
        continue;
      }
      for (String dir : line.split("[:,\\s]+")) {
        int eq = dir.indexOf('=');
        String d = eq >= 0 ? dir.substring(0, eq) : dir;
        if (d.startsWith("/")) {
          out.add(RootPaths.normalize(d));
        }
      }
    }
  }

  /** Files matching a pattern whose wildcards are in the last component only, sorted. */
  private static List<String> glob(RootFileSystem fs, String pattern) throws IOException {
    String dir = RootPaths.parent(pattern);
    String name = pattern.substring(pattern.lastIndexOf('/') + 1);
    if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
      return List.of(pattern);
    }
    Optional<ResolvedPath> resolved = RootPaths.resolve(fs, dir);
    if (resolved.isEmpty()) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
    List<String> out = new ArrayList<>();
    for (String entry : fs.list(resolved.get().path())) {
      if (matcher.matches(Path.of(entry))) {
        out.add(dir + "/" + entry);
      }
    }
    return out;
  }
}
