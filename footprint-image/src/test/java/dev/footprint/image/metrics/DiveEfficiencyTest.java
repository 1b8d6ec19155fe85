package dev.footprint.image.metrics;

import static dev.footprint.image.MergedFileSystemTest.dir;
import static dev.footprint.image.MergedFileSystemTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** dive's own synthetic cases (dive/filetree/efficiency_test.go). */
class DiveEfficiencyTest {

  @Test
  void diveTestEfficiency_scoresThreeQuarters() {
    DiveEfficiency d = new DiveEfficiency();
    d.addLayer(List.of(file("etc/nginx/nginx.conf", 2000), file("etc/nginx/public", 3000)));
    d.addLayer(List.of(file("etc/nginx/nginx.conf", 5000), file("etc/athing", 10000)));
    d.addLayer(List.of(file("etc/.wh.nginx", 0)));
    DiveResult r = d.result();
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(r.inefficientPaths()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/etc/nginx/nginx.conf");
      assertThat(p.cumulativeBytes()).isEqualTo(7000);
    });
  }

  @Test
  void scratchImage_scoresOne() {
    DiveEfficiency d = new DiveEfficiency();
    d.addLayer(List.of(file("nothing", 0)));
    d.addLayer(List.of());
    d.addLayer(List.of());
    assertThat(d.result().score()).isEqualTo(1.0);
    assertThat(d.result().inefficientPaths()).isEmpty();
  }

  @Test
  void explicitDirectoryWhiteout_countsSubtreeOnBothSides() {
    DiveEfficiency d = new DiveEfficiency();
    d.addLayer(List.of(dir("d"), file("d/a", 100), file("d/b", 50)));
    d.addLayer(List.of(file(".wh.d", 0)));
    DiveResult r = d.result();
    // leaves: d/a 100, d/b 50; whiteout of explicit dir d adds 150 to both sums
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.wastedBytes()).isZero();
  }

  @Test
  void singleLayer_userWastedPercentIsUndefined() {
    DiveEfficiency d = new DiveEfficiency();
    d.addLayer(List.of(file("a", 10)));
    assertThat(d.result().userWastedPercent()).isEmpty();
  }

  /** The last-layer shortcut (no per-path state) must not change any number. */
  @Test
  void lastLayerShortcut_givesTheSameResult_onRandomLayers() {
    java.util.Random rnd = new java.util.Random(7);
    String[] names = {"a", "a/b", "a/b/c", "a/d", "-x", "-x/y", "e", "e/f", ".wh.a", "a/.wh.b", "a/.wh.d", ".wh.-x", "e/.wh..wh..opq", ".wh.e"};
    for (int round = 0; round < 300; round++) {
      int layers = 1 + rnd.nextInt(4);
      java.util.List<java.util.List<dev.footprint.image.LayerEntry>> all = new java.util.ArrayList<>();
      for (int l = 0; l < layers; l++) {
        java.util.List<dev.footprint.image.LayerEntry> entries = new java.util.ArrayList<>();
        for (int k = rnd.nextInt(6); k > 0; k--) {
          String n = names[rnd.nextInt(names.length)];
          entries.add(rnd.nextBoolean() && !n.contains(".wh.") ? dir(n) : file(n, n.contains(".wh.") ? 0 : rnd.nextInt(100)));
        }
        all.add(entries);
      }
      DiveEfficiency plain = new DiveEfficiency();
      DiveEfficiency shortcut = new DiveEfficiency();
      for (int l = 0; l < layers; l++) {
        plain.addLayer(all.get(l));
        shortcut.addLayer(all.get(l), l == layers - 1);
      }
      DiveResult a = plain.result();
      DiveResult b = shortcut.result();
      assertThat(b.score()).as("round " + round).isEqualTo(a.score());
      assertThat(b.wastedBytes()).isEqualTo(a.wastedBytes());
      assertThat(b.inefficientPaths()).isEqualTo(a.inefficientPaths());
    }
  }
}
