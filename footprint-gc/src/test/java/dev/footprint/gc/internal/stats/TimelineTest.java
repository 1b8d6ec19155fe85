package dev.footprint.gc.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.gc.TimelinePoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  @Test
  void add_staysBoundedAndKeepsPeaks() {
    Timeline t = new Timeline();
    for (int i = 0; i < 1_000_000; i++) {
      t.add(i, 100 + (i == 777_777 ? 1_000_000 : 0), 50, i == 123_456 ? 999 : 1, i == 500_000);
    }
    List<TimelinePoint> points = t.points();
    assertThat(points.size()).isLessThanOrEqualTo(Timeline.MAX_POINTS);
    assertThat(points.size()).isGreaterThan(Timeline.MAX_POINTS / 4);
    assertThat(points).extracting(TimelinePoint::pauseMs).contains(999.0);
    assertThat(points).extracting(TimelinePoint::heapBeforeBytes).contains(1_000_100L);
    assertThat(points).filteredOn(TimelinePoint::full).hasSize(1);
    assertThat(points.get(0).seconds()).isZero();
  }
}
