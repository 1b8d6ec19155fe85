package dev.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void render_alignsNumbersRightAndTextLeft() {
    String out = TextTable.of("#", ">size", "command").row(0, "1.2 MB", "ADD file").row(12, "0 B", "CMD").render();
    assertThat(out).isEqualTo("#     size  command\n0   1.2 MB  ADD file\n12     0 B  CMD\n");
  }
}
