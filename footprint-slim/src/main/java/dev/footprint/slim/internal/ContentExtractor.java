package dev.footprint.slim.internal;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Image;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.ParallelLayers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;

/**
 * Copies the surviving content of selected files out of the layers into a work directory, one
 * parallel pass, so that ELF headers and loader configuration can be read by path. Only files
 * the predicate selects are copied; the rest stream past.
 */
public final class ContentExtractor {
  private ContentExtractor() {}

  /** Where the copy of image path {@code path} (relative) lives under {@code dir}. */
  public static Path location(Path dir, String path) {
    Path p = dir;
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals("..") && !part.equals(".")) {
        p = p.resolve(part);
      }
    }
    return p;
  }

  /** Programs, libraries and the loader's configuration: what a library closure reads. */
  public static boolean closureInput(LayerEntry e) {
    String name = e.path().substring(e.path().lastIndexOf('/') + 1);
    return (e.mode() & 0111) != 0 || name.contains(".so") || e.path().startsWith("etc/ld.so.conf");
  }

  public static void extract(Image image, MergedFileSystem merged, Path dir, Predicate<LayerEntry> select)
      throws IOException, InvalidInputException {
    ParallelLayers.read(image.layers(), ParallelLayers.defaultThreads(image.layers().size()), layer -> {
      int index = layer.descriptor().index();
      layer.read((entry, content) -> {
        if (entry.type() != EntryType.FILE || !select.test(entry)) {
          return;
        }
        Node node = merged.get(entry.path()).orElse(null);
        if (node == null || node.layer() != index || !node.entry().equals(entry)) {
          return;
        }
        Path target = location(dir, entry.path());
        Files.createDirectories(target.getParent());
        copy(content, target);
      });
      return null;
    });
  }

  private static void copy(InputStream content, Path target) throws IOException {
    Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
