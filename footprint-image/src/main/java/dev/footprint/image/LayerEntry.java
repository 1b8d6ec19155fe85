package dev.footprint.image;

/**
 * One tar entry of a layer, with PAX and GNU long names already resolved. Immutable.
 *
 * @param path normalised relative path with '/' separators and no leading '/', './' or '..'
 *     (e.g. {@code usr/bin/env}); an entry whose raw name tried to leave the root is clamped
 *     inside it and flagged {@link #escapesRoot}
 * @param rawName the name exactly as stored in the tar
 * @param size content bytes (0 for everything but {@link EntryType#FILE})
 * @param mode permission and special bits (07777)
 * @param mtimeEpochSecond modification time, seconds since the epoch
 * @param linkTarget symlink target as stored, or the normalised path a hardlink points to; ""
 *     otherwise
 * @param whiteout whether this entry is a deletion marker
 * @param escapesRoot the raw name was absolute-with-'..' or had '..' segments reaching above the
 *     root; kept in the model, never followed
 */
public record LayerEntry(
    String path,
    String rawName,
    EntryType type,
    long size,
    int mode,
    long uid,
    long gid,
    long mtimeEpochSecond,
    String linkTarget,
    Whiteout whiteout,
    boolean escapesRoot) {

  public LayerEntry {
    linkTarget = linkTarget == null ? "" : linkTarget;
  }

  /**
   * The path a whiteout acts on: the deleted path for {@link Whiteout#FILE}, the directory made
   * opaque for {@link Whiteout#OPAQUE} ("" = root); {@link #path} otherwise.
   */
  public String whiteoutTarget() {
    if (whiteout == Whiteout.NONE) {
      return path;
    }
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash);
    if (whiteout == Whiteout.OPAQUE) {
      return dir;
    }
    String name = path.substring(slash + 1 + ".wh.".length());
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  public boolean isDirectory() {
    return type == EntryType.DIR;
  }
}
