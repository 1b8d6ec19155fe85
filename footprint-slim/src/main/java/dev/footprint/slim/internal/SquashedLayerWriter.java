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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the nodes of the merged file system that come from layers {@code from..} into one new
 * layer: first every kept directory (sorted), then whiteouts for paths the base had and the
 * output must not, then files, links and devices in layer and tar order, their content read
 * back from the spool (already stripped there). Hardlinks whose target is not yet written wait
 * to the end; hardlinks whose target does not come along become files.
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

  /**
   * Files whose content a hardlink must carry (see {@link #write}) but which the spool does not
   * hold, because a removal rule dropped them while the layer streamed: layer index to entry
   * indices. Rare; the caller fetches them by reading those layers again.
   */
  public Map<Integer, Set<Integer>> unspooledLinkSources(int from) throws IOException {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    for (SpooledLayer layer : layers) {
      if (layer.index() >= from && layer.hasHardlinks()) {
        kept(layer, (i, source) -> {
          if (source >= 0 && !layer.spooled(source) && layer.entries().get(source).size() > 0) {
            out.computeIfAbsent(layer.index(), k -> new HashSet<>()).add(source);
          }
        });
      }
    }
    return out;
  }

  /**
   * Writes the layer. A hardlink whose target cannot come along as it was (removed by a rule or
   * by minify, or replaced or deleted by a later layer, where the link still shows the old
   * content) is written as a regular file with that content, so a kept path never loses it.
   *
   * @param fetched content of the files {@link #unspooledLinkSources} named: layer index to entry
   *     index to a file holding it
   */
  public WrittenLayer write(LayerBuilder out, int from, List<String> whiteouts,
      Map<Integer, Map<Integer, Path>> fetched) throws IOException {
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
      kept(layer, (i, source) -> {
        LayerEntry entry = layer.entries().get(i);
        if (source >= 0) {
          promote(out, layer, i, source, fetched.getOrDefault(layer.index(), Map.of()).get(source));
        } else if (entry.type() == EntryType.HARDLINK && !paths.contains(entry.linkTarget())) {
          deferred.add(entry);
          return;
        } else {
          add(out, layer, i);
        }
        paths.add(entry.path());
      });
    }
    for (LayerEntry link : deferred) {
      if (merged.get(link.linkTarget()).map(plan::keeps).orElse(false)) {
        add(out, link, InputStream.nullInputStream());
      }
    }
    return out.finish();
  }

  /** One kept entry: its index, and for a hardlink that must become a file, its source's index (else -1). */
  @FunctionalInterface
  private interface KeptEntry {
    void accept(int index, int linkSource) throws IOException;
  }

  /** Visits the entries of {@code layer} the new layer keeps, in tar order. */
  private void kept(SpooledLayer layer, KeptEntry visitor) throws IOException {
    // Where each path last stood in this layer, for its hard links; none needed without links.
    Map<String, Integer> seen = layer.hasHardlinks() ? new HashMap<>() : null;
    List<LayerEntry> entries = layer.entries();
    for (int i = 0; i < entries.size(); i++) {
      LayerEntry entry = entries.get(i);
      int source = entry.type() == EntryType.HARDLINK ? linkSource(layer, entry, seen) : -1;
      if (seen != null) {
        seen.put(entry.path(), i);
      }
      Node node = merged.get(entry.path()).orElse(null);
      if (entry.whiteout() != Whiteout.NONE || entry.isDirectory() || node == null
          || node.layer() != layer.index() || !node.entry().equals(entry) || !plan.keeps(node)) {
        continue;
      }
      visitor.accept(i, source);
    }
  }

  /**
   * The file earlier in the same layer whose content hardlink {@code link} must carry as a
   * regular file, or -1 when it stays a link (its target comes along unchanged, or lies in a
   * lower layer).
   */
  private int linkSource(SpooledLayer layer, LayerEntry link, Map<String, Integer> seen) {
    Integer t = seen.get(link.linkTarget());
    for (int hops = 0; t != null && layer.entries().get(t).type() == EntryType.HARDLINK && hops < 64; hops++) {
      t = seen.get(layer.entries().get(t).linkTarget());
    }
    if (t == null || layer.entries().get(t).type() != EntryType.FILE) {
      return -1;
    }
    LayerEntry target = layer.entries().get(t);
    Node node = merged.get(target.path()).orElse(null);
    boolean comesAlong = node != null && node.layer() == layer.index() && node.entry().equals(target) && plan.keeps(node);
    return comesAlong ? -1 : t;
  }

  private void promote(LayerBuilder out, SpooledLayer layer, int linkIndex, int source, Path fetched)
      throws IOException {
    LayerEntry link = layer.entries().get(linkIndex);
    LayerEntry target = layer.entries().get(source);
    long length = layer.spooled(source) ? layer.length(source) : fetched != null ? Files.size(fetched) : 0;
    if (target.size() > 0 && !layer.spooled(source) && fetched == null) {
      throw new IllegalStateException("content for hardlink " + link.path() + " was not fetched");
    }
    LayerEntry file = new LayerEntry(link.path(), link.rawName(), EntryType.FILE, length, target.mode(),
        target.uid(), target.gid(), target.mtimeEpochSecond(), "", Whiteout.NONE, link.escapesRoot());
    try (InputStream content = length == 0 ? InputStream.nullInputStream()
        : layer.spooled(source) ? layer.open(source) : Files.newInputStream(fetched)) {
      add(out, file, content);
    }
    contentBytes += length;
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
