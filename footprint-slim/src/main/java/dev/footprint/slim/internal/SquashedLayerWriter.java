package dev.footprint.slim.internal;

import dev.footprint.image.EntryType;
import dev.footprint.image.LayerEntry;
import dev.footprint.image.MergedFileSystem;
import dev.footprint.image.MergedFileSystem.Node;
import dev.footprint.image.Whiteout;
import dev.footprint.image.write.LayerBuilder;
import dev.footprint.image.write.WrittenLayer;
import dev.footprint.slim.SlimResult.Change;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the nodes of the merged file system that come from layers {@code from..} into one new
 * layer: first every kept directory (sorted), then whiteouts for paths the base had and the
 * output must not, then files, links and devices in layer and tar order, their content read
 * back from the spool (already stripped there). Hardlinks whose target is not yet written wait
 * to the end.
 */
public final class SquashedLayerWriter {
  private final List<SpooledLayer> layers;
  private final MergedFileSystem merged;
  private final SlimPlan plan;
  private final List<Change> changes;
  private final List<LayerEntry> written = new ArrayList<>();
  private long strippedBytes;
  private long contentBytes;

  public SquashedLayerWriter(
      List<SpooledLayer> layers, MergedFileSystem merged, SlimPlan plan, List<Change> changes) {
    this.layers = layers;
    this.merged = merged;
    this.plan = plan;
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

  /** The entries written, in order, as a reader of the new layer will see them (sizes after stripping). */
  public List<LayerEntry> written() {
    return written;
  }

  public WrittenLayer write(LayerBuilder out, int from, List<String> whiteouts) throws IOException {
    for (Node n : merged.nodes()) {
      if (n.layer() >= from && n.entry().isDirectory() && plan.keeps(n)) {
        add(out, n.entry(), InputStream.nullInputStream());
      }
    }
    for (String w : whiteouts) {
      add(out, whiteout(w), InputStream.nullInputStream());
    }
    Set<String> paths = new HashSet<>();
    List<LayerEntry> deferred = new ArrayList<>();
    for (SpooledLayer layer : layers) {
      if (layer.index() < from) {
        continue;
      }
      List<LayerEntry> entries = layer.entries();
      for (int i = 0; i < entries.size(); i++) {
        LayerEntry entry = entries.get(i);
        Node node = merged.get(entry.path()).orElse(null);
        if (entry.whiteout() != Whiteout.NONE || entry.isDirectory() || node == null
            || node.layer() != layer.index() || !node.entry().equals(entry) || !plan.keeps(node)) {
          continue;
        }
        if (entry.type() == EntryType.HARDLINK && !paths.contains(entry.linkTarget())) {
          deferred.add(entry);
          continue;
        }
        add(out, layer, i);
        paths.add(entry.path());
      }
    }
    for (LayerEntry link : deferred) {
      if (merged.get(link.linkTarget()).map(plan::keeps).orElse(false)) {
        add(out, link, InputStream.nullInputStream());
      }
    }
    return out.finish();
  }

  private void add(LayerBuilder out, SpooledLayer layer, int i) throws IOException {
    LayerEntry entry = layer.entries().get(i);
    if (entry.type() != EntryType.FILE || entry.size() == 0) {
      add(out, entry, InputStream.nullInputStream());
      return;
    }
    long length = layer.length(i);
    try (InputStream content = layer.open(i)) {
      add(out, length == entry.size() ? entry : withSize(entry, length), content);
    }
    contentBytes += length;
    if (length != entry.size()) {
      long saved = entry.size() - length;
      strippedBytes += saved;
      changes.add(new Change("/" + entry.path(), "strip", saved, false));
    }
  }

  private void add(LayerBuilder out, LayerEntry entry, InputStream content) throws IOException {
    out.add(entry, content);
    written.add(entry);
  }

  private static LayerEntry withSize(LayerEntry e, long size) {
    return new LayerEntry(e.path(), e.rawName(), e.type(), size, e.mode(), e.uid(), e.gid(),
        e.mtimeEpochSecond(), e.linkTarget(), e.whiteout(), e.escapesRoot());
  }

  private static LayerEntry whiteout(String path) {
    int slash = path.lastIndexOf('/');
    String name = slash < 0 ? ".wh." + path : path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1);
    return new LayerEntry(name, name, EntryType.FILE, 0, 0644, 0, 0, 0, "", Whiteout.FILE, false);
  }
}
