package dev.footprint.image.internal.source;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Files inside a tar archive (docker-archive, oci-archive), indexed once by reading headers and
 * seeking past contents. Symlinked and hardlinked entries (deduplicated layers) resolve to their
 * target's bytes. Immutable after construction; thread-safe.
 */
public final class TarBlobFiles implements BlobFiles {
  private static final int MAX_LINK_HOPS = 16;

  private final Path archive;
  private final Map<String, TarArchiveEntry> entries;
  private final Map<String, Long> offsets = new HashMap<>();

  private TarBlobFiles(Path archive, Map<String, TarArchiveEntry> entries) {
    this.archive = archive;
    this.entries = entries;
  }

  /** Indexes {@code archive}; a file that is not a readable tar is refused, naming it. */
  public static TarBlobFiles index(Path archive) throws IOException, InvalidInputException {
    long fileSize = Files.size(archive);
    Map<String, TarArchiveEntry> entries = new HashMap<>();
    TarBlobFiles files = new TarBlobFiles(archive, entries);
    try (TarFile tar = new TarFile(archive)) {
      for (TarArchiveEntry e : tar.getEntries()) {
        String name;
        try {
          name = BlobFiles.normalise(archive.toString(), e.getName());
        } catch (InvalidInputException unsafe) {
          continue; // an entry no manifest can name; harmless unless referenced
        }
        if (e.isFile() && e.getDataOffset() + e.getSize() > fileSize) {
          throw new InvalidInputException(
              archive + ": truncated archive: entry '" + e.getName() + "' ends past the end of the file");
        }
        entries.put(name, e);
        files.offsets.put(name, e.getDataOffset());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(archive + ": not a readable tar archive (" + e.getMessage() + ")", e);
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(archive + ": not a tar archive, or an empty one");
    }
    return files;
  }

  public boolean contains(String name) {
    return entries.containsKey(name);
  }

  @Override
  public String describe() {
    return archive.toString();
  }

  @Override
  public Optional<FileRegion> find(String name) throws InvalidInputException {
    String n = BlobFiles.normalise(describe(), name);
    for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
      TarArchiveEntry e = entries.get(n);
      if (e == null) {
        return Optional.empty();
      }
      if (e.isSymbolicLink()) {
        int slash = n.lastIndexOf('/');
        String dir = slash < 0 ? "" : n.substring(0, slash + 1);
        String target = e.getLinkName();
        n = BlobFiles.normalise(describe(), target.startsWith("/") ? target.substring(1) : dir + target);
      } else if (e.isLink()) {
        n = BlobFiles.normalise(describe(), e.getLinkName());
      } else if (e.isFile()) {
        if (e.isSparse()) {
          throw new InvalidInputException(describe() + ": entry '" + n + "' is a sparse file, not supported");
        }
        return Optional.of(new FileRegion(n, archive, offsets.get(n), e.getSize()));
      } else {
        return Optional.empty();
      }
    }
    throw new InvalidInputException(describe() + ": entry '" + name + "' is a link loop");
  }
}
