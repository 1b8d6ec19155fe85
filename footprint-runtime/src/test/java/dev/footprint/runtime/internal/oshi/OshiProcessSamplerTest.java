package dev.footprint.runtime.internal.oshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.runtime.internal.linux.ProcessReader;
import dev.footprint.runtime.internal.linux.ProcessTreeSampler;
import dev.footprint.runtime.sample.Sample;
import dev.footprint.runtime.sample.SampleTarget;
import dev.footprint.runtime.sample.TargetGoneException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The OSHI fallback (used on Windows and macOS) checked against the /proc sampler on this Linux
 * host: the same process must read alike, so the two implementations share meanings.
 */
class OshiProcessSamplerTest {
  @Test
  void agreesWithProcSampler_onThisProcess() throws Exception {
    var target = new SampleTarget.ProcessTree(ProcessHandle.current().pid(), false);
    Sample oshi = new OshiProcessSampler(target, Clock.systemUTC()).sample();
    Sample proc = new ProcessTreeSampler(target, ProcessReader.forHost(), Clock.systemUTC()).sample();
    assertThat(oshi.processes()).isEqualTo(1);
    assertThat((double) oshi.residentBytes()).isCloseTo(proc.residentBytes(), org.assertj.core.data.Percentage.withPercentage(15));
    assertThat(oshi.openFiles()).isBetween(proc.openFiles() - 5, proc.openFiles() + 5);
    assertThat(oshi.threads()).isBetween(proc.threads() - 5, proc.threads() + 5);
    assertThat(oshi.cpuNanos()).isGreaterThan(0);
    assertThat(oshi.privateBytes()).isEqualTo(Sample.UNAVAILABLE);
    assertThat(oshi.notes()).anyMatch(n -> n.contains("private memory"));
  }

  @Test
  void missingProcess_isGone() {
    var target = new SampleTarget.ProcessTree(Integer.MAX_VALUE - 1, true);
    assertThatThrownBy(() -> new OshiProcessSampler(target, Clock.systemUTC()).sample()).isInstanceOf(TargetGoneException.class);
  }
}
