package dev.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HumanSizeTest {
  @Test
  void format_usesBinaryUnits() {
    assertThat(HumanSize.format(0)).isEqualTo("0 B");
    assertThat(HumanSize.format(1023)).isEqualTo("1023 B");
    assertThat(HumanSize.format(1536)).isEqualTo("1.5 kB");
    assertThat(HumanSize.format(2_202_010)).isEqualTo("2.1 MB");
    assertThat(HumanSize.format(-2048)).isEqualTo("-2.0 kB");
  }
}
