package dev.footprint.runtime.internal.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves a path inside an unpacked root file system as the container would see it: symlinks in
 * parent directories are followed relative to the root (an absolute link target means the
 * container's root, not the host's), and nothing can escape the root. Without this, a layer with
 * {@code etc -> /etc} followed by {@code etc/passwd} would overwrite the host's file.
 */
final class RootfsPath {
  private static final int MAX_LINKS = 40;

  private RootfsPath() {}

  /** The host path for {@code relative} (slash-separated, no leading '/'); the last part is not followed. */
  static Path resolve(Path root, String relative) throws IOException {
    String[] parts = relative.split("/");
    Path current = root;
    int hops = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        current = current.equals(root) ? root : current.getParent();
        continue;
      }
      Path next = current.resolve(part);
      boolean last = i == parts.length - 1;
      if (!last && Files.isSymbolicLink(next)) {
        if (++hops > MAX_LINKS) {
          throw new IOException("too many symbolic links resolving " + relative);
        }
        String target = Files.readSymbolicLink(next).toString();
        Path base = target.startsWith("/") ? root : current;
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
        Path within = resolve(root, root.relativize(clamp(root, base, target)).toString());
        if (rest.isEmpty()) {
          return within;
        }
        return resolve(root, joined(root.relativize(within).toString(), rest));
      }
      current = next;
    }
    return current;
  }

  private static Path clamp(Path root, Path base, String target) {
    Path p = base;
    for (String part : target.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        p = p.equals(root) ? root : p.getParent();
      } else {
        p = p.resolve(part);
      }
    }
    return p.startsWith(root) ? p : root;
  }

  private static String joined(String a, String b) {
    return a.isEmpty() ? b : a + "/" + b;
  }

  static boolean existsNoFollow(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }
}
