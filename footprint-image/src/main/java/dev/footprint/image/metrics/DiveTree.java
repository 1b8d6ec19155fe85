package dev.footprint.image.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * dive's per-layer file tree, reproduced for parity: nodes keyed by path component, implicit
 * parents carry no payload (size 0, not a directory), a new component starting with
 * {@code .wh..wh..} abandons the add, and whiteout nodes keep their {@code .wh.} name. Children
 * are kept in name order ({@link DiveChildren}) because dive visits them sorted. Not thread-safe.
 */
final class DiveTree {
  static final String WHITEOUT = ".wh.";
  private static final String DOUBLE_WHITEOUT = ".wh..wh..";

  /** A node; {@code children} is null until the first child arrives. */
  static final class Node {
    /** The name, or (when {@link #nameIsSuffix}) the full path it ends, to save a string per leaf. */
    private final String nameOrPath;
    private final boolean nameIsSuffix;
    final Node parent;
    DiveChildren children;
    long size;
    boolean dir;
    /** The full path as given to {@link DiveTree#add}, kept to share the caller's string. */
    String given;

    Node(String name, Node parent) {
      this(name, false, parent);
    }

    private Node(String nameOrPath, boolean nameIsSuffix, Node parent) {
      this.nameOrPath = nameOrPath;
      this.nameIsSuffix = nameIsSuffix;
      this.parent = parent;
    }

    String name() {
      return nameIsSuffix ? nameOrPath.substring(nameOrPath.lastIndexOf('/') + 1) : nameOrPath;
    }

    boolean isLeaf() {
      return children == null || children.isEmpty();
    }

    boolean isWhiteout() {
      return nameOrPath.startsWith(WHITEOUT, nameIsSuffix ? nameOrPath.lastIndexOf('/') + 1 : 0);
    }

    /**
     * dive's FileNode.Path() without the leading '/': the '.wh.' prefix is dropped from the last
     * component only.
     */
    String path() {
      if (given != null && !isWhiteout()) {
        return given;
      }
      StringBuilder sb = new StringBuilder();
      appendPath(sb, true);
      return sb.toString();
    }

    private void appendPath(StringBuilder sb, boolean last) {
      if (parent == null) {
        return;
      }
      parent.appendPath(sb, false);
      if (sb.length() > 0) {
        sb.append('/');
      }
      String name = name();
      sb.append(last && isWhiteout() ? name.substring(WHITEOUT.length()) : name);
    }
  }

  final Node root = new Node("", null);
  /** Nodes created, dive's {@code tree.Size}. */
  int nodeCount;

  /** dive's AddPath: returns null when the add was abandoned. */
  Node add(String path, long size, boolean dir) {
    Node node = root;
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i];
      if (name.isEmpty()) {
        continue;
      }
      Node child = node.children == null ? null : node.children.get(name);
      if (child == null) {
        if (name.startsWith(DOUBLE_WHITEOUT)) {
          return null;
        }
        boolean suffix = i == parts.length - 1 && path.endsWith(name)
            && (path.length() == name.length() || path.charAt(path.length() - name.length() - 1) == '/');
        child = new Node(suffix ? path : name, suffix, node);
        if (node.children == null) {
          node.children = new DiveChildren();
        }
        node.children.put(name, child);
        nodeCount++;
      }
      node = child;
      if (i == parts.length - 1) {
        node.size = size;
        node.dir = dir;
        node.given = path;
      }
    }
    return node;
  }

  Node get(String path) {
    Node node = root;
    for (String name : path.split("/")) {
      if (name.isEmpty()) {
        continue;
      }
      node = node.children == null ? null : node.children.get(name);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  void remove(String path) {
    Node n = get(path);
    if (n != null && n.parent != null) {
      n.parent.children.remove(n.name());
    }
  }

  /** dive's Stack: every node of {@code upper}, child first, removes (whiteout) or overwrites. */
  void stack(DiveTree upper) {
    for (Node n : childFirst(upper.root)) {
      if (n.isWhiteout()) {
        remove(n.path());
      } else {
        add(n.path(), n.size, n.dir);
      }
    }
  }

  /** Sum of sizes of {@code n} and every descendant. */
  static long subtreeSize(Node n) {
    long sum = n.size;
    if (n.children != null) {
      for (Node c : n.children.values()) {
        sum += subtreeSize(c);
      }
    }
    return sum;
  }

  /** All nodes but the root, deepest first, siblings in name order (dive's VisitDepthChildFirst). */
  static List<Node> childFirst(Node start) {
    List<Node> out = new ArrayList<>();
    visit(start, out);
    if (!out.isEmpty() && out.get(out.size() - 1).parent == null) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * The leaves below {@code start} ({@code start} itself excluded), in {@link #childFirst} order,
   * without building the list; stops when {@code visitor} returns false.
   */
  static void forEachLeaf(Node start, Predicate<Node> visitor) {
    if (start.children != null) {
      visitLeaves(start, visitor);
    }
  }

  private static boolean visitLeaves(Node n, Predicate<Node> visitor) {
    if (n.isLeaf()) {
      return visitor.test(n);
    }
    for (Node c : n.children.values()) {
      if (!visitLeaves(c, visitor)) {
        return false;
      }
    }
    return true;
  }

  private static void visit(Node n, List<Node> out) {
    if (n.children != null) {
      for (Node c : n.children.values()) {
        visit(c, out);
      }
    }
    out.add(n);
  }
}
