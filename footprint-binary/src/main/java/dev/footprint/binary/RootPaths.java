package dev.footprint.binary;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Resolves paths inside a {@link RootFileSystem} the way the kernel would inside a chroot:
 * component by component, absolute link targets restart at the root, '..' never leaves it, and a
 * chain of more than 40 links fails (ELOOP).
 */
public final class RootPaths {
  private static final int MAX_LINKS = 40;

  private RootPaths() {}

  /** The final path and the links passed, or empty when the path does not exist or loops. */
  public static Optional<ResolvedPath> resolve(RootFileSystem fs, String path) throws IOException {
    Deque<String> todo = new ArrayDeque<>(parts(path));
    List<String> current = new ArrayList<>();
    List<String> links = new ArrayList<>();
    while (!todo.isEmpty()) {
      String part = todo.pollFirst();
      if (part.equals("..")) {
        if (!current.isEmpty()) {
          current.remove(current.size() - 1);
        }
        continue;
      }
      current.add(part);
      String here = join(current);
      Optional<String> target = fs.readlink(here);
      if (target.isPresent()) {
        if (links.size() >= MAX_LINKS) {
          return Optional.empty();
        }
        links.add(here);
        current.remove(current.size() - 1);
        if (target.get().startsWith("/")) {
          current.clear();
        }
        List<String> next = parts(target.get());
        for (int i = next.size() - 1; i >= 0; i--) {
          todo.addFirst(next.get(i));
        }
      } else if (!fs.exists(here)) {
        return Optional.empty();
      }
    }
    return Optional.of(new ResolvedPath(join(current), links));
  }

  /** Normalizes an absolute path lexically (no link resolution). */
  public static String normalize(String path) {
    List<String> out = new ArrayList<>();
    for (String p : parts(path)) {
      if (p.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else {
        out.add(p);
      }
    }
    return join(out);
  }

  /** The directory part of an absolute path ("/" for top-level entries). */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private static List<String> parts(String path) {
    List<String> out = new ArrayList<>();
    for (String p : path.replace('\\', '/').split("/")) {
      if (!p.isEmpty() && !p.equals(".")) {
        out.add(p);
      }
    }
    return out;
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
  }
}
