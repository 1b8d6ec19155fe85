package dev.footprint.runtime.internal.bundle;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the image config's {@code User} ("", "app", "1000", "app:staff", "1000:1000") into numeric
 * ids using the image's own /etc/passwd and /etc/group, as docker does; the host's files are never
 * consulted.
 */
public final class UserResolver {
  /** Resolved ids. */
  public record Ids(long uid, long gid, List<Long> extraGids) {}

  private final Path rootfs;

  public UserResolver(Path rootfs) {
    this.rootfs = rootfs;
  }

  public Ids resolve(String user) throws InvalidInputException {
    if (user == null || user.isBlank()) {
      return new Ids(0, 0, List.of());
    }
    String[] parts = user.split(":", 2);
    String u = parts[0];
    long uid;
    long gid = 0;
    String[] passwd = find(Path.of("etc", "passwd"), u, 2);
    if (isNumber(u)) {
      uid = Long.parseLong(u);
      if (passwd != null && passwd.length > 3) {
        gid = parseOr(passwd[3], 0);
      }
    } else {
      if (passwd == null || passwd.length < 4) {
        throw new InvalidInputException(
            "image user '" + u + "' is not in the image's /etc/passwd; use a numeric uid");
      }
      uid = parseOr(passwd[2], 0);
      gid = parseOr(passwd[3], 0);
    }
    if (parts.length == 2) {
      String g = parts[1];
      if (isNumber(g)) {
        gid = Long.parseLong(g);
      } else {
        String[] group = find(Path.of("etc", "group"), g, 2);
        if (group == null || group.length < 3) {
          throw new InvalidInputException("image group '" + g + "' is not in the image's /etc/group");
        }
        gid = parseOr(group[2], 0);
      }
    }
    return new Ids(uid, gid, List.of());
  }

  /** The colon-separated line whose first field is {@code name} (or whose field idField is). */
  private String[] find(Path relative, String name, int idField) {
    Path file = rootfs.resolve(relative);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      return null;
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      rows.add(line.split(":", -1));
    }
    for (String[] f : rows) {
      if (f.length > idField && (f[0].equals(name) || (isNumber(name) && f[idField].equals(name)))) {
        return f;
      }
    }
    return null;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private static long parseOr(String s, long fallback) {
    return isNumber(s) ? Long.parseLong(s) : fallback;
  }
}
