package dev.footprint.slim.internal;

import dev.footprint.common.InvalidInputException;
import dev.footprint.image.EntryType;
import dev.footprint.image.Image;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.Whiteout;
import dev.footprint.image.write.LayerBuilder;
import dev.footprint.image.write.WrittenLayer;
import dev.footprint.slim.SlimResult.Change;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the nodes of the merged file system that come from layers {@code from..} into one new
 * layer: first every kept directory (sorted), then whiteouts for paths the base had and the
 * output must not, then files, links and devices in layer order as their bytes stream past,
 * stripped on the way where asked. Hardlinks whose target is not yet written wait to the end.
 */
public final class SquashedLayerWriter {
  private final Image image;
  private final MergedFileSystem merged;
  private final SlimPlan plan;
  private final ElfStripping stripping;
  private final List<Change> changes;
  private long strippedBytes;
  private long contentBytes;

  public SquashedLayerWriter(
      Image image, MergedFileSystem merged, SlimPlan plan, ElfStripping stripping, List<Change> changes) {
    this.image = image;
    this.merged = merged;
    this.plan = plan;
    this.stripping = stripping;
    this.changes = changes;
  }

  /** Bytes removed from ELF files by stripping. */
  public long strippedBytes() {
    return strippedBytes;
  }

  /** File bytes written into the layer. */
  public long contentBytes() {
    return contentBytes;
  }

  public WrittenLayer write(LayerBuilder out, int from, List<String> whiteouts)
      throws IOException, InvalidInputException {
    for (Node n : merged.nodes()) {
      if (n.layer() >= from && n.entry().isDirectory() && plan.keeps(n)) {
        out.add(n.entry(), InputStream.nullInputStream());
      }
    }
    for (String w : whiteouts) {
      out.add(whiteout(w), InputStream.nullInputStream());
    }
    Set<String> written = new HashSet<>();
    List<LayerEntry> deferred = new ArrayList<>();
    for (int layer = from; layer < image.layers().size(); layer++) {
      final int index = layer;
      image.layers().get(layer).read((entry, content) -> {
        Node node = merged.get(entry.path()).orElse(null);
        if (entry.whiteout() != Whiteout.NONE || entry.isDirectory() || node == null
            || node.layer() != index || !node.entry().equals(entry) || !plan.keeps(node)) {
          return;
        }
        if (entry.type() == EntryType.HARDLINK && !written.contains(entry.linkTarget())) {
          deferred.add(entry);
          return;
        }
        add(out, entry, content);
        written.add(entry.path());
      });
    }
    for (LayerEntry link : deferred) {
      if (merged.get(link.linkTarget()).map(plan::keeps).orElse(false)) {
        out.add(link, InputStream.nullInputStream());
      }
    }
    return out.finish();
  }

  private void add(LayerBuilder out, LayerEntry entry, InputStream content) throws IOException {
    if (entry.type() != EntryType.FILE || stripping == null || !strippable(entry)) {
      out.add(entry, content);
      contentBytes += entry.size();
      return;
    }
    ElfStripping.Outcome o = stripping.strip(content, entry.size());
    if (o.stripped().isEmpty()) {
      try (InputStream in = o.original()) {
        out.add(entry, in);
      }
      contentBytes += entry.size();
      return;
    }
    Path file = o.stripped().get();
    try (InputStream in = Files.newInputStream(file)) {
      out.add(withSize(entry, o.size()), in);
    } finally {
      Files.deleteIfExists(file);
    }
    long saved = entry.size() - o.size();
    strippedBytes += saved;
    contentBytes += o.size();
    changes.add(new Change("/" + entry.path(), "strip", saved, false));
  }

  /**
   * Only programs and shared libraries: an ELF that is neither executable nor a .so is data (test
   * fixtures, firmware) that must ship as it is.
   */
  static boolean strippable(LayerEntry e) {
    String name = e.path().substring(e.path().lastIndexOf('/') + 1);
    return (e.mode() & 0111) != 0 || name.matches(".*\\.so(\\.[0-9.]+)?");
  }

  private static LayerEntry withSize(LayerEntry e, long size) {
    return new LayerEntry(e.path(), e.rawName(), e.type(), size, e.mode(), e.uid(), e.gid(),
        e.mtimeEpochSecond(), e.linkTarget(), e.whiteout(), e.escapesRoot());
  }

  private static LayerEntry whiteout(String path) {
    int slash = path.lastIndexOf('/');
    String name = slash < 0 ? ".wh." + path : path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1);
    return new LayerEntry(name, name, EntryType.FILE, 0, 0644, 0, 0, 0, "", Whiteout.NONE, false);
  }
}
