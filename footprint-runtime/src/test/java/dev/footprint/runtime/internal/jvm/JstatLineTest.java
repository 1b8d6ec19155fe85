package dev.footprint.runtime.internal.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.runtime.watch.ProbeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JstatLineTest {
  // Captured from JDK 17 `jstat -gc PID 500ms` on a G1 JVM.
  private static final String HEADER =
      "    S0C         S1C         S0U         S1U          EC           EU           OC           OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT   ";
  private static final String LINE =
      "        0.0      4096.0         0.0      4096.0      16384.0       4096.0     376832.0      27572.5      320.0       75.0     128.0       3.9      2     0.023     1     0.010     0     0.000     0.033";

  @Test
  void values_sumsGenerationsInBytes() {
    JstatLine p = new JstatLine();
    assertThat(p.header(HEADER)).isTrue();
    Map<String, Double> v = p.values(LINE).stream().collect(Collectors.toMap(ProbeValue::name, ProbeValue::value));
    assertThat(v.get("jvm_heap_used")).isEqualTo((4096.0 + 4096.0 + 27572.5) * 1024);
    assertThat(v.get("jvm_heap_committed")).isEqualTo((4096.0 + 16384.0 + 376832.0) * 1024);
    assertThat(v.get("jvm_old_used")).isEqualTo(27572.5 * 1024);
    assertThat(v.get("jvm_metaspace_used")).isEqualTo(75.0 * 1024);
    assertThat(v.get("jvm_gc_count")).isEqualTo(3);
    assertThat(v.get("jvm_full_gc_count")).isEqualTo(1);
    assertThat(v.get("jvm_gc_seconds")).isEqualTo(0.033);
    assertThat(v.keySet()).containsExactlyInAnyOrderElementsOf(JstatProbe.NAMES);
  }

  @Test
  void values_ignoresLinesBeforeHeaderAndErrors() {
    JstatLine p = new JstatLine();
    assertThat(p.values(LINE)).isEmpty();
    assertThat(p.header("12345 not found")).isFalse();
    p.header(HEADER);
    assertThat(p.values("Terminated")).isEmpty();
  }

  @Test
  void values_dashMeansNotApplicable() {
    JstatLine p = new JstatLine();
    p.header("S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT");
    List<ProbeValue> v = p.values("0 0 0 0 10 5 20 10 1 1 - - 1 0.1 0 0.0 - - 0.1");
    assertThat(v).isNotEmpty();
  }
}
