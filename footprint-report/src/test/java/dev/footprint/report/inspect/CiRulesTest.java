package dev.footprint.report.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.footprint.common.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CiRulesTest {

  @Test
  void defaults_areDives() throws Exception {
    CiRules r = CiRules.parse(Map.of());
    assertThat(r.lowestEfficiency()).hasValue(0.9);
    assertThat(r.highestUserWastedPercent()).hasValue(0.1);
    assertThat(r.highestWastedBytes()).isEmpty();
    assertThat(r.maxSize()).isEmpty();
    assertThat(r.maxLayers()).isEmpty();
  }

  @Test
  void disabledWords_turnRulesOff() throws Exception {
    for (String off : new String[] {"", "disabled", "OFF", " false "}) {
      assertThat(CiRules.parse(Map.of(CiRules.LOWEST_EFFICIENCY, off)).lowestEfficiency()).isEmpty();
    }
  }

  @Test
  void sizes_followGoHumanize() throws Exception {
    assertThat(ByteThreshold.parse("20MB", "r")).isEqualTo(20_000_000);
    assertThat(ByteThreshold.parse("20 mb", "r")).isEqualTo(20_000_000);
    assertThat(ByteThreshold.parse("50kB", "r")).isEqualTo(50_000);
    assertThat(ByteThreshold.parse("1MiB", "r")).isEqualTo(1 << 20);
    assertThat(ByteThreshold.parse("1B", "r")).isEqualTo(1);
    assertThat(ByteThreshold.parse("1234", "r")).isEqualTo(1234);
  }

  @Test
  void badValues_areRefusedNamingTheRule() {
    assertThatThrownBy(() -> CiRules.parse(Map.of(CiRules.LOWEST_EFFICIENCY, "1.1")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lowest-efficiency");
    assertThatThrownBy(() -> CiRules.parse(Map.of(CiRules.HIGHEST_USER_WASTED_PERCENT, "-0.1")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CiRules.parse(Map.of(CiRules.HIGHEST_WASTED_BYTES, "not_a_size")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("highest-wasted-bytes");
    assertThatThrownBy(() -> CiRules.parse(Map.of(CiRules.MAX_LAYERS, "ten")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CiRules.parse(Map.of("lowestEfficiency", "0.9")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown CI rule");
  }
}
