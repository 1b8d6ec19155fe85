package dev.footprint.image;

import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file system a container sees: layers applied in order with OCI whiteout semantics. In each
 * layer, opaque markers ({@code .wh..wh..opq}) first hide every lower child of their directory,
 * then {@code .wh.NAME} markers delete a lower path and its subtree, then the layer's entries are
 * added (a later duplicate of a path wins; a non-directory replacing a directory drops the
 * directory's subtree). Whiteouts never hide entries of their own layer. Whiteout markers
 * themselves are not part of the result.
 *
 * <p>Holds entry metadata only (never content). Not thread-safe: build it from one thread, then
 * share it read-only.
 */
public final class MergedFileSystem {

  /** A path of the merged view and the layer its surviving entry came from. */
  public record Node(LayerEntry entry, int layer) {
    public String path() {
      return entry.path();
    }
  }

  private final NavigableMap<String, Node> nodes = new TreeMap<>();
  private int nextLayer;

  /** Reads every layer of {@code image} (in parallel, metadata only) and merges them. */
  public static MergedFileSystem of(Image image, int threads) throws IOException, InvalidInputException {
    List<List<LayerEntry>> perLayer = ParallelLayers.read(image.layers(), threads, layer -> {
      List<LayerEntry> entries = new ArrayList<>();
      layer.read((entry, content) -> entries.add(entry));
      return entries;
    });
    MergedFileSystem fs = new MergedFileSystem();
    for (List<LayerEntry> entries : perLayer) {
      fs.apply(entries);
    }
    return fs;
  }

  /** Applies the next layer (layers must be applied base first). */
  public void apply(List<LayerEntry> entries) {
    int layer = nextLayer++;
    for (LayerEntry e : entries) {
      if (e.whiteout() == Whiteout.OPAQUE) {
        removeChildren(e.whiteoutTarget());
      }
    }
    for (LayerEntry e : entries) {
      if (e.whiteout() == Whiteout.FILE) {
        String target = e.whiteoutTarget();
        Node old = nodes.get(target);
        if (old == null || old.layer() < layer) {
          nodes.remove(target);
          removeChildren(target);
        }
      }
    }
    for (LayerEntry e : entries) {
      if (e.whiteout() != Whiteout.NONE || e.path().isEmpty()) {
        continue;
      }
      Node old = nodes.put(e.path(), new Node(e, layer));
      if (old != null && old.entry().isDirectory() && !e.isDirectory()) {
        removeChildren(e.path());
      }
    }
  }

  private void removeChildren(String dir) {
    if (dir.isEmpty()) {
      nodes.clear();
      return;
    }
    nodes.subMap(dir + "/", true, dir + "0", false).clear(); // '0' follows '/' in code order
  }

  public Optional<Node> get(String path) {
    return Optional.ofNullable(nodes.get(path));
  }

  /** Every surviving entry, sorted by path. */
  public Collection<Node> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  /** Entries strictly below {@code dir} ("" = everything), sorted by path. */
  public Collection<Node> under(String dir) {
    if (dir.isEmpty()) {
      return nodes();
    }
    return Collections.unmodifiableCollection(nodes.subMap(dir + "/", true, dir + "0", false).values());
  }

  public int size() {
    return nodes.size();
  }

  /** Sum of regular file sizes: the content a squashed image would carry. */
  public long contentSize() {
    long sum = 0;
    for (Node n : nodes.values()) {
      sum += n.entry().size();
    }
    return sum;
  }
}
