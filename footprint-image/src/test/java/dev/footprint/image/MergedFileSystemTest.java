package dev.footprint.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

public class MergedFileSystemTest {

  public static LayerEntry file(String path, long size) {
    return entry(path, EntryType.FILE, size, "");
  }

  public static LayerEntry dir(String path) {
    return entry(path, EntryType.DIR, 0, "");
  }

  public static LayerEntry entry(String path, EntryType type, long size, String link) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    Whiteout w = base.equals(".wh..wh..opq") ? Whiteout.OPAQUE : base.startsWith(".wh.") ? Whiteout.FILE : Whiteout.NONE;
    return new LayerEntry(path, path, type, size, 0644, 0, 0, 0, link, w, false);
  }

  private static List<String> paths(MergedFileSystem fs) {
    return fs.nodes().stream().map(MergedFileSystem.Node::path).toList();
  }

  @Test
  void whiteout_deletesLowerFileAndSubtree() {
    MergedFileSystem fs = new MergedFileSystem();
    fs.apply(List.of(dir("a"), file("a/x", 5), dir("a/b"), file("a/b/y", 7), file("ab", 1)));
    fs.apply(List.of(file(".wh.a", 0)));
    assertThat(paths(fs)).containsExactly("ab");
    assertThat(fs.contentSize()).isEqualTo(1);
  }

  @Test
  void whiteout_doesNotHideEntriesOfItsOwnLayer() {
    MergedFileSystem fs = new MergedFileSystem();
    fs.apply(List.of(dir("a"), file("a/foo", 3)));
    fs.apply(List.of(dir("a"), file("a/baz", 4), file(".wh.a", 0)));
    // whiteout_dir.tar's case: layer1 a/foo, layer2 .wh.a + a/baz → a/baz
    assertThat(paths(fs)).containsExactly("a", "a/baz");
  }

  @Test
  void opaqueDirectory_hidesLowerChildrenOnly() {
    MergedFileSystem fs = new MergedFileSystem();
    fs.apply(List.of(dir("d"), file("d/old", 10), dir("d/sub"), file("d/sub/deep", 2), file("keep", 1)));
    fs.apply(List.of(file("d/new", 3), file("d/.wh..wh..opq", 0)));
    assertThat(paths(fs)).containsExactly("d", "d/new", "keep");
  }

  @Test
  void overwrite_keepsTheUpperCopy_andFileReplacingDirDropsSubtree() {
    MergedFileSystem fs = new MergedFileSystem();
    fs.apply(List.of(file("f", 100), dir("x"), file("x/in", 9)));
    fs.apply(List.of(file("f", 50), file("x", 2)));
    assertThat(fs.get("f").orElseThrow().entry().size()).isEqualTo(50);
    assertThat(fs.get("f").orElseThrow().layer()).isEqualTo(1);
    assertThat(paths(fs)).containsExactly("f", "x");
  }

  @Test
  void hardlink_isKeptWithItsTarget_andCountsNoBytes() {
    MergedFileSystem fs = new MergedFileSystem();
    fs.apply(List.of(file("bin/busybox", 1000), entry("bin/sh", EntryType.HARDLINK, 0, "bin/busybox")));
    assertThat(fs.get("bin/sh").orElseThrow().entry().linkTarget()).isEqualTo("bin/busybox");
    assertThat(fs.contentSize()).isEqualTo(1000);
  }
}
