package dev.footprint.slim.internal;

import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

/**
 * Copies the surviving content of selected files out of the spooled layers into a work
 * directory, so that ELF headers and loader configuration can be read by path. Only files the
 * predicate selects are copied.
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

  public static void extract(List<SpooledLayer> layers, MergedFileSystem merged, Path dir,
      Predicate<LayerEntry> select) throws IOException {
    for (SpooledLayer layer : layers) {
      List<LayerEntry> entries = layer.entries();
      for (int i = 0; i < entries.size(); i++) {
        LayerEntry entry = entries.get(i);
        if (entry.type() != EntryType.FILE || !layer.spooled(i) || !select.test(entry)) {
          continue;
        }
        Node node = merged.get(entry.path()).orElse(null);
        if (node == null || node.layer() != layer.index() || !node.entry().equals(entry)) {
          continue;
        }
        Path target = location(dir, entry.path());
        Files.createDirectories(target.getParent());
        try (InputStream content = layer.open(i)) {
          copy(content, target);
        }
      }
    }
  }

  private static void copy(InputStream content, Path target) throws IOException {
    Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
