package dev.footprint.image.metrics;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The children of one {@link DiveTree.Node}, in name order. Layer tars usually list a
 * directory's children already sorted (Go's archive writers walk directories sorted), so they
 * are kept in a sorted array (a reference each) while they arrive in order or stay few; the first
 * out-of-order insert into a bigger directory moves them to a {@link TreeMap}. On images with
 * millions of files this saves a tree-map entry (40 bytes) per path. Not thread-safe.
 */
final class DiveChildren {
  private static final int SMALL = 32;

  private DiveTree.Node[] sorted = new DiveTree.Node[2];
  private int count;
  private TreeMap<String, DiveTree.Node> map;

  DiveTree.Node get(String name) {
    if (map != null) {
      return map.get(name);
    }
    int i = indexOf(name);
    return i >= 0 ? sorted[i] : null;
  }

  void put(String name, DiveTree.Node node) {
    if (map != null) {
      map.put(name, node);
      return;
    }
    if (count > 0 && sorted[count - 1].name().compareTo(name) > 0 && count >= SMALL) {
      map = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        map.put(sorted[i].name(), sorted[i]);
      }
      sorted = null;
      map.put(name, node);
      return;
    }
    int i = indexOf(name);
    if (i >= 0) {
      sorted[i] = node;
      return;
    }
    int at = -i - 1;
    if (count == sorted.length) {
      sorted = Arrays.copyOf(sorted, count + (count >> 1) + 1);
    }
    System.arraycopy(sorted, at, sorted, at + 1, count - at);
    sorted[at] = node;
    count++;
  }

  void remove(String name) {
    if (map != null) {
      map.remove(name);
      return;
    }
    int i = indexOf(name);
    if (i >= 0) {
      System.arraycopy(sorted, i + 1, sorted, i, count - i - 1);
      sorted[--count] = null;
    }
  }

  boolean isEmpty() {
    return map != null ? map.isEmpty() : count == 0;
  }

  /** The children in name order; a live view, not to be read while the children change. */
  Collection<DiveTree.Node> values() {
    if (map != null) {
      return map.values();
    }
    return Arrays.asList(sorted).subList(0, count);
  }

  private int indexOf(String name) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = sorted[mid].name().compareTo(name);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }
}
