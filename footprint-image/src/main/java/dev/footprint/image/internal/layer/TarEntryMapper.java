package dev.footprint.image.internal.layer;

import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.Whiteout;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/** Turns a commons-compress tar header into footprint's {@link LayerEntry}. Stateless. */
final class TarEntryMapper {
  private static final String WHITEOUT = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";

  private TarEntryMapper() {}

  static LayerEntry map(TarArchiveEntry e) {
    String raw = e.getName();
    EntryNames.Normalised n = EntryNames.of(raw);
    EntryType type = typeOf(e);
    String link = "";
    if (type == EntryType.SYMLINK) {
      link = e.getLinkName();
    } else if (type == EntryType.HARDLINK) {
      link = EntryNames.of(e.getLinkName()).path();
    }
    String base = n.path().substring(n.path().lastIndexOf('/') + 1);
    Whiteout whiteout = Whiteout.NONE;
    if (base.startsWith(WHITEOUT)) {
      whiteout = base.equals(OPAQUE) ? Whiteout.OPAQUE : base.length() > WHITEOUT.length() ? Whiteout.FILE : Whiteout.NONE;
    }
    long size = type == EntryType.FILE ? e.getRealSize() : 0;
    return new LayerEntry(
        n.path(),
        raw,
        type,
        size,
        e.getMode() & 07777,
        e.getLongUserId(),
        e.getLongGroupId(),
        e.getLastModifiedTime() == null ? 0 : e.getLastModifiedTime().toMillis() / 1000,
        link,
        whiteout,
        n.escapes());
  }

  private static EntryType typeOf(TarArchiveEntry e) {
    if (e.isDirectory()) {
      return EntryType.DIR;
    }
    if (e.isSymbolicLink()) {
      return EntryType.SYMLINK;
    }
    if (e.isLink()) {
      return EntryType.HARDLINK;
    }
    if (e.isCharacterDevice()) {
      return EntryType.CHAR_DEVICE;
    }
    if (e.isBlockDevice()) {
      return EntryType.BLOCK_DEVICE;
    }
    if (e.isFIFO()) {
      return EntryType.FIFO;
    }
    return EntryType.FILE;
  }
}
