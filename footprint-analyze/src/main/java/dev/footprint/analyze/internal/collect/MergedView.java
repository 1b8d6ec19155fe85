package dev.footprint.analyze.internal.collect;

import dev.footprint.image.Whiteout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file system a container sees, built from the layers' records in order (opaque markers,
 * then whiteouts, then entries, as footprint-image's MergedFileSystem does), recording each file
 * copy that a later layer overwrote or deleted: those bytes stay in the image although no one can
 * read them. Not thread-safe: build from one thread, then read.
 */
public final class MergedView {

  /** A surviving path and the layer its entry came from. */
  public record Node(FileRecord record, int layer) {}

  /** A file copy added in {@code addedLayer} and hidden by {@code removedLayer}. */
  public record Hidden(String path, int addedLayer, int removedLayer, long bytes, boolean deleted) {}

  private final NavigableMap<String, Node> nodes = new TreeMap<>();
  private final List<Hidden> hidden = new ArrayList<>();

  public static MergedView of(List<LayerFacts> layers) {
    MergedView view = new MergedView();
    for (LayerFacts l : layers) {
      view.apply(l.index(), l.records());
    }
    return view;
  }

  void apply(int layer, List<FileRecord> records) {
    for (FileRecord r : records) {
      if (r.whiteout() == Whiteout.OPAQUE) {
        removeChildren(target(r), layer, true);
      }
    }
    for (FileRecord r : records) {
      if (r.whiteout() == Whiteout.FILE) {
        String t = target(r);
        Node old = nodes.get(t);
        if (old != null && old.layer() < layer) {
          hide(nodes.remove(t), layer, true);
        }
        removeChildren(t, layer, true);
      }
    }
    for (FileRecord r : records) {
      if (r.whiteout() != Whiteout.NONE || r.path().isEmpty()) {
        continue;
      }
      Node old = nodes.put(r.path(), new Node(r, layer));
      if (old != null && old.layer() < layer) {
        hide(old, layer, false);
        if (old.record().type() == dev.footprint.image.EntryType.DIR && r.type() != dev.footprint.image.EntryType.DIR) {
          removeChildren(r.path(), layer, false);
        }
      }
    }
  }

  private void hide(Node node, int layer, boolean deleted) {
    if (node != null && node.record().isFile() && node.record().size() > 0) {
      hidden.add(new Hidden(node.record().path(), node.layer(), layer, node.record().size(), deleted));
    }
  }

  private void removeChildren(String dir, int layer, boolean deleted) {
    Collection<Node> children = dir.isEmpty() ? nodes.values() : nodes.subMap(dir + "/", true, dir + "0", false).values();
    for (var it = children.iterator(); it.hasNext(); ) {
      Node n = it.next();
      if (n.layer() < layer) {
        hide(n, layer, deleted);
        it.remove();
      }
    }
  }

  private static String target(FileRecord r) {
    String path = r.path();
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash);
    if (r.whiteout() == Whiteout.OPAQUE) {
      return dir;
    }
    String name = path.substring(slash + 1 + ".wh.".length());
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  public Optional<Node> get(String path) {
    return Optional.ofNullable(nodes.get(path));
  }

  public Collection<Node> nodes() {
    return nodes.values();
  }

  /**
   * Whether {@code path} exists: as an entry, or implied as the parent directory of one (layers
   * need not carry entries for every parent directory).
   */
  public boolean exists(String path) {
    if (path.isEmpty() || nodes.containsKey(path)) {
      return true;
    }
    String next = nodes.ceilingKey(path + "/");
    return next != null && next.startsWith(path + "/");
  }

  /** Names of the entries directly in {@code dir} ("" = root), sorted. */
  public List<String> children(String dir) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String p : dir.isEmpty() ? nodes.keySet() : nodes.subMap(prefix, true, dir + "0", false).keySet()) {
      String rest = p.substring(prefix.length());
      int slash = rest.indexOf('/');
      String name = slash < 0 ? rest : rest.substring(0, slash);
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  public List<Hidden> hidden() {
    return hidden;
  }
}
