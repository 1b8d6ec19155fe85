package dev.footprint.gc.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoTraceLineTest {
  private static final long MIB = 1L << 20;

  @Test
  void parse_go122LineWithStacksAndGlobals() {
    GoCycle c = GoTraceLine.parse(
        "gc 12 @3.252s 0%: 0.028+504+0.011 ms clock, 0.22+0/252/0.87+0.090 ms cpu, 3585->3585->2561 MB,"
            + " 3585 MB goal, 0 MB stacks, 0 MB globals, 8 P", 7);
    assertThat(c.number()).isEqualTo(12);
    assertThat(c.seconds()).isEqualTo(3.252);
    assertThat(c.heapStart()).isEqualTo(3585 * MIB);
    assertThat(c.heapLive()).isEqualTo(2561 * MIB);
    assertThat(c.goal()).isEqualTo(3585 * MIB);
    assertThat(c.stacks()).isZero();
    assertThat(c.globals()).isZero();
    assertThat(c.procs()).isEqualTo(8);
    assertThat(c.backgroundCpuMs()).isEqualTo(252);
    assertThat(c.forced()).isFalse();
    assertThat(c.line().lineNo()).isEqualTo(7);
  }

  @Test
  void pause_isSweepTerminationPlusMarkTermination() {
    String line = "gc 430 @1724.778s 18%: 0.079+2166+0.033 ms clock, 0.23+860/1642/1606+0.10 ms cpu,"
        + " 2080->2276->2084 MB, 2080 MB goal, 48 MB stacks, 0 MB globals, 3 P";
    assertThat(GoTraceLine.parse(line, 1).pauseMs()).isEqualTo(0.079 + 0.033);
    assertThat(GoTraceLine.parse(line, 1).cpuPercent()).isEqualTo(18);
    assertThat(GoTraceLine.parse(line, 1).stacks()).isEqualTo(48 * MIB);
  }

  @Test
  void parse_go19LineWithoutStacks() {
    GoCycle c = GoTraceLine.parse(
        "gc 1 @0.058s 0%: 0+1.0+0 ms clock, 0+0/1.0/0+0 ms cpu, 4->4->1 MB, 5 MB goal, 4 P", 1);
    assertThat(c.stacks()).isEqualTo(-1);
    assertThat(c.globals()).isEqualTo(-1);
    assertThat(c.heapEnd()).isEqualTo(4 * MIB);
    assertThat(c.procs()).isEqualTo(4);
  }

  @Test
  void parse_forcedCycleAfterAnApplicationPrefix() {
    GoCycle c = GoTraceLine.parse(
        "2024-06-15T10:00:00Z stderr F gc 15 @0.225s 0%: 0.11+1.3+0.002 ms clock, 0.22+0/0.15/0+0.005 ms cpu,"
            + " 143->143->65 MB, 168 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)", 3);
    assertThat(c.forced()).isTrue();
    assertThat(c.number()).isEqualTo(15);
  }

  @Test
  void parse_go15FivePhaseClock() {
    String line = "gc 3 @0.131s 2%: 0.057+0.35+0.12+1.1+0.16 ms clock, 0.22+0.35+0+0.59/0.62/0+0.64 ms cpu,"
        + " 4->4->2 MB, 5 MB goal, 4 P";
    assertThat(GoTraceLine.parse(line, 1)).isNotNull();
    assertThat(GoTraceLine.parse(line, 1).pauseMs()).isEqualTo(0.057 + 0.16);
  }

  @Test
  void parse_ignoresScavengerLegacyAndApplicationLines() {
    assertThat(GoTraceLine.parse("scvg0: inuse: 49, idle: 3, sys: 52, released: 0, consumed: 52 (MB)", 1)).isNull();
    assertThat(GoTraceLine.parse("gc1(1): 0+0+90+0 us, 0 -> 0 MB, 19 (19-0) objects, 0/0/0 sweeps", 1)).isNull();
    assertThat(GoTraceLine.parse("{\"level\":\"info\",\"msg\":\"gc done\"}", 1)).isNull();
    assertThat(GoTraceLine.parse("gc 12 @3.252s 0%: truncated", 1)).isNull();
  }

  @Test
  void garbledNumbers_areNotALineAndNoException() {
    for (String line : new String[] {
        "gc 1 @1.2.3s 0%: 0.1+2+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 4->4->2 MB, 5 MB goal, 4 P",
        "gc 1 @1.0s 0%: 0.1+2+x ms clock, 0.4+2/5/0+0.4 ms cpu, 4->4->2 MB, 5 MB goal, 4 P",
        "gc 1 @1.0s 0%: 0.1+2+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 4->->2 MB, 5 MB goal, 4 P",
        "gc 99999999999999999999 @1.0s 0%: 0.1+2+0.1 ms clock, 0.4 ms cpu, 4->4->2 MB, 5 MB goal, 4 P",
        "gc 1 @1.0s 0%: 0.1+2+0.1 ms clock, 0.4+2/5/0+0.4 ms cpu, 4->4->2 MB, 5 MB goal, MB stacks, 4 P"}) {
      assertThat(GoTraceLine.parse(line, 1)).as(line).isNull();
      assertThat(GoTraceLine.looksLikeOne(line)).as(line).isTrue();
    }
    assertThat(GoTraceLine.looksLikeOne("scvg0: inuse: 49, idle: 3, sys: 52, released: 0, consumed: 52 (MB)")).isFalse();
  }
}
