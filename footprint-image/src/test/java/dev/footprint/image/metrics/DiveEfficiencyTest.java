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
}
