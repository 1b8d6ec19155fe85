package dev.footprint.runtime.internal.bundle;

import dev.footprint.common.AtomicOutput;
import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Image;
import dev.footprint.image.Layer;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.Whiteout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies an image's layers, base first, onto an empty directory: whiteouts delete what lower
 * layers added, opaque markers empty a directory of lower-layer content, then entries are written
 * with their modes and owners. Device nodes are skipped (the runtime provides /dev). Not
 * thread-safe; layers must be applied in order.
 */
public final class RootfsUnpacker {
  private final boolean setOwners;

  public RootfsUnpacker(boolean setOwners) {
    this.setOwners = setOwners;
  }

  public void unpack(Image image, Path rootfs) throws IOException, InvalidInputException {
    Files.createDirectories(rootfs);
    for (Layer layer : image.layers()) {
      apply(layer, rootfs);
    }
  }

  private void apply(Layer layer, Path rootfs) throws IOException, InvalidInputException {
    // Paths this layer wrote: whiteouts and opaque markers act on lower layers only.
    Set<String> written = new HashSet<>();
    layer.read((entry, content) -> {
      if (entry.escapesRoot()) {
        return;
      }
      if (entry.whiteout() == Whiteout.OPAQUE) {
        clearLower(rootfs, entry.whiteoutTarget(), written);
      } else if (entry.whiteout() == Whiteout.FILE) {
        if (!written.contains(entry.whiteoutTarget())) {
          AtomicOutput.deleteTree(RootfsPath.resolve(rootfs, entry.whiteoutTarget()));
        }
      } else if (!entry.path().isEmpty()) {
        write(rootfs, entry, content);
        written.add(entry.path());
      }
    });
  }

  private void clearLower(Path rootfs, String dir, Set<String> written) throws IOException {
    Path d = dir.isEmpty() ? rootfs : RootfsPath.resolve(rootfs, dir);
    if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> children;
    try (Stream<Path> s = Files.list(d)) {
      children = s.toList();
    }
    for (Path child : children) {
      String rel = rootfs.relativize(child).toString();
      if (!written.contains(rel)) {
        AtomicOutput.deleteTree(child);
      }
    }
  }

  private void write(Path rootfs, LayerEntry e, InputStream content) throws IOException {
    Path target = RootfsPath.resolve(rootfs, e.path());
    Files.createDirectories(target.getParent());
    EntryType type = e.type();
    if (type != EntryType.DIR && RootfsPath.existsNoFollow(target)) {
      AtomicOutput.deleteTree(target);
    }
    switch (type) {
      case DIR -> {
        if (RootfsPath.existsNoFollow(target) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(target);
        }
        Files.createDirectories(target);
      }
      case FILE -> Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
      case SYMLINK -> Files.createSymbolicLink(target, Path.of(e.linkTarget()));
      case HARDLINK -> {
        Path source = RootfsPath.resolve(rootfs, e.linkTarget());
        if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createLink(target, source);
        }
      }
      default -> {
        return; // devices and FIFOs: the runtime mounts its own /dev
      }
    }
    if (type != EntryType.SYMLINK && type != EntryType.HARDLINK) {
      Files.setPosixFilePermissions(target, permissions(e.mode()));
    }
    if (setOwners) {
      Files.setAttribute(target, "unix:uid", (int) e.uid(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(target, "unix:gid", (int) e.gid(), LinkOption.NOFOLLOW_LINKS);
    }
    if ((e.mode() & 07000) != 0 && (type == EntryType.FILE || type == EntryType.DIR)) {
      // setuid/setgid/sticky bits (/tmp is 1777) are not expressible as PosixFilePermission,
      // and chown above clears setuid anyway, so set the full mode last.
      Files.setAttribute(target, "unix:mode", e.mode() & 07777);
    }
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };
    for (int bit = 0; bit < 9; bit++) {
      if ((mode & (1 << bit)) != 0) {
        p.add(order[bit]);
      }
    }
    return p;
  }
}
