package dev.footprint.runtime.internal.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a path inside an unpacked root file system as the container would see it: symlinks in
 * parent directories are followed relative to the root (an absolute link target means the
 * container's root, not the host's), and nothing can escape the root. Without this, a layer with
 * {@code etc -> /etc} followed by {@code etc/passwd} would overwrite the host's file.
 */
final class RootfsPath {
  private static final int MAX_LINKS = 40;

  private RootfsPath() {}

  /**
   * The host path for {@code relative} (slash-separated, no leading '/'); symlinks are followed
   * in every component but the last, as the kernel would inside the container's root.
   */
  static Path resolve(Path root, String relative) throws IOException {
    Deque<String> todo = new ArrayDeque<>(Arrays.asList(relative.split("/")));
    Path current = root;
    int hops = 0;
    while (!todo.isEmpty()) {
      String part = todo.pollFirst();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        current = current.equals(root) ? root : current.getParent();
        continue;
      }
      Path next = current.resolve(part);
      if (!todo.isEmpty() && Files.isSymbolicLink(next)) {
        if (++hops > MAX_LINKS) {
          throw new IOException("too many levels of symbolic links in " + relative);
        }
        String target = Files.readSymbolicLink(next).toString();
        if (target.startsWith("/")) {
          current = root;
        }
        List<String> parts = Arrays.asList(target.split("/"));
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.addFirst(parts.get(i));
        }
        continue;
      }
      current = next;
    }
    return current;
  }

  static boolean existsNoFollow(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }
}
