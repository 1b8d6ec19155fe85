package dev.footprint.gc.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecorationsTest {
  private final Decorations d = new Decorations();

  @Test
  void parse_defaultDecorations() {
    assertThat(d.parse("[0.202s][info][gc] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 6.529ms")).isTrue();
    assertThat(d.seconds).isEqualTo(0.202);
    assertThat(d.tags).isEqualTo("gc");
    assertThat(d.message).startsWith("GC(0) Pause Young");
  }

  @Test
  void parse_decimalCommaUptime() {
    assertThat(d.parse("[2,048s][info][gc] GC(1) Garbage Collection (Warmup) 208M(20%)->164M(16%)")).isTrue();
    assertThat(d.seconds).isEqualTo(2.048);
  }

  @Test
  void parse_timeAndUptimeMillisWithPaddedTags() {
    assertThat(d.parse("[2022-01-29T16:34:51.642+0000][233ms][info][gc          ] GC(5) Concurrent Mark Cycle")).isTrue();
    assertThat(d.seconds).isEqualTo(0.233);
    assertThat(d.tags).isEqualTo("gc");
  }

  @Test
  void parse_allDecorationsIncludingPidTidAndNanos() {
    assertThat(d.parse("[2024-03-01T10:00:00.000+0100][2024-03-01T09:00:00.000+0000][5.001s][1709283600000ms]"
        + "[5001ms][1709283600000000000ns][5001000000ns][host][4242][4243][info   ][gc,heap     ] GC(3) Old regions: 1->2")).isTrue();
    assertThat(d.seconds).isEqualTo(5.001);
    assertThat(d.tags).isEqualTo("gc,heap");
  }

  @Test
  void parse_wallClockOnlyIsRelativeToTheFirstLine() {
    assertThat(d.parse("[2024-03-01T10:00:00.000+0000][info][gc] Using G1")).isTrue();
    assertThat(d.seconds).isZero();
    assertThat(d.parse("[2024-03-01T10:00:01.500+0000][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 3M->1M(8M) 1.0ms")).isTrue();
    assertThat(d.seconds).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void parse_rejectsNonLoggingLines() {
    assertThat(d.parse("Exception in thread \"main\" java.lang.OutOfMemoryError")).isFalse();
    assertThat(d.parse("")).isFalse();
    assertThat(d.parse("[unterminated")).isFalse();
  }
}
