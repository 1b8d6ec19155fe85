package dev.footprint.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void parse_acceptsUnits() throws Exception {
    assertThat(DurationText.parse("200ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationText.parse("1.5")).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void parse_rejectsGarbage() {
    assertThatThrownBy(() -> DurationText.parse("5 parsecs"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("5 parsecs");
  }
}
