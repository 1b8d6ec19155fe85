package dev.footprint.runtime.internal.pprof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PprofProbeTest {
  @Test
  void baseOf_acceptsHostPortAndPprofPaths() throws Exception {
    URI expected = URI.create("http://127.0.0.1:6060/debug/pprof/");
    assertThat(PprofProbe.baseOf("http://127.0.0.1:6060")).isEqualTo(expected);
    assertThat(PprofProbe.baseOf("127.0.0.1:6060")).isEqualTo(expected);
    assertThat(PprofProbe.baseOf("http://127.0.0.1:6060/debug/pprof")).isEqualTo(expected);
    assertThat(PprofProbe.baseOf("http://127.0.0.1:6060/debug/pprof/heap?debug=1")).isEqualTo(expected);
    assertThat(PprofProbe.baseOf("http://h:1/app/")).isEqualTo(URI.create("http://h:1/app/debug/pprof/"));
  }

  @Test
  void baseOf_rejectsOtherSchemes() {
    assertThatThrownBy(() -> PprofProbe.baseOf("ftp://h/")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void memStat_readsTheMemStatsBlock() {
    // Shape of the tail of /debug/pprof/heap?debug=1 (runtime/pprof writeHeapInternal).
    String heap = "heap profile: 1: 1048576 [5: 5242880] @ heap/1048576\n"
        + "1: 1048576 [5: 5242880] @ 0x4a\n#\t0x4a\tmain.main+0x1\n\n"
        + "# runtime.MemStats\n# Alloc = 5400000\n# TotalAlloc = 9000000\n# Sys = 20000000\n"
        + "# HeapAlloc = 5400000\n# HeapSys = 11000000\n# HeapIdle = 4000000\n# HeapInuse = 7000000\n# NumGC = 12\n";
    assertThat(PprofProbe.memStat(heap, "HeapInuse")).hasValue(7_000_000);
    assertThat(PprofProbe.memStat(heap, "HeapAlloc")).hasValue(5_400_000);
    assertThat(PprofProbe.memStat(heap, "Sys")).hasValue(20_000_000);
    assertThat(PprofProbe.memStat(heap, "NumGC")).hasValue(12);
    assertThat(PprofProbe.memStat(heap, "Lookups")).isEmpty();
  }
}
