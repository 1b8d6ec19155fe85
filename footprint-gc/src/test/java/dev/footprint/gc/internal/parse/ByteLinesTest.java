package dev.footprint.gc.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
  @Test
  void forEach_splitsOnLfDropsCrAndKeepsALastLineWithoutNewline() throws Exception {
    List<String> seen = new ArrayList<>();
    long n = ByteLines.forEach(
        new ByteArrayInputStream("a\r\nbb\n\nccc".getBytes(StandardCharsets.ISO_8859_1)), handler(seen));
    assertThat(n).isEqualTo(4);
    assertThat(seen).containsExactly("1:a", "2:bb", "3:", "4:ccc");
  }

  @Test
  void forEach_passesOverLinesLongerThanTheLimitAndCountsThem() throws Exception {
    String atLimit = "y".repeat(ByteLines.MAX_LINE);
    String text = "x".repeat(3 << 20) + "\nshort\n" + atLimit + "\n" + "z".repeat(ByteLines.MAX_LINE + 1)
        + "\nlast\n" + "w".repeat(5 << 20);
    List<String> seen = new ArrayList<>();
    long n = ByteLines.forEach(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), handler(seen));
    assertThat(n).isEqualTo(6);
    assertThat(seen).containsExactly("overlong 1", "2:short", "3:" + atLimit, "overlong 4", "5:last", "overlong 6");
  }

  @Test
  void indexOf_findsEveryPositionInAWord() {
    byte[] b = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i < b.length; i++) {
      assertThat(ByteLines.indexOf(b, 0, b.length, b[i])).isEqualTo(i);
    }
    assertThat(ByteLines.indexOf(b, 0, b.length, (byte) '\n')).isEqualTo(-1);
  }

  @Test
  void wants_keepsFigureLinesAndSkipsDetail() {
    assertThat(wants("[0.207s][info][gc           ] GC(0) Pause Young (G1 Evacuation Pause) 14M->12M(128M) 7.033ms")).isTrue();
    assertThat(wants("[0.207s][info][gc,heap      ] GC(0) Old regions: 0->11")).isTrue();
    assertThat(wants("[0.207s][info][gc,heap      ] GC(0) Eden regions: 14->0(8)")).isFalse();
    assertThat(wants("[0.207s][info][gc,phases    ] GC(0)   Evacuate Collection Set: 6.4ms")).isFalse();
    assertThat(wants("[1.206s][info][gc,phases] GC(0) Pause Mark Start 1.279ms")).isTrue();
    assertThat(wants("[0.108s][info][gc,phases   ] GC(0) Y: Pause Mark Start (Major) 0.015ms")).isTrue();
    assertThat(wants("[0.207s][info][gc,cpu       ] GC(0) User=0.00s Sys=0.06s Real=0.01s")).isFalse();
    assertThat(wants("[0.207s][info][safepoint    ] Total time for which application threads were stopped: 0.0072168 seconds")).isTrue();
    assertThat(wants("[0.208s][info][safepoint    ] Application time: 0.0008991 seconds")).isFalse();
    assertThat(wants("[0.018s][info][gc,heap] Heap region size: 1M")).isTrue();
    assertThat(wants("plain application output")).isFalse();
  }

  private static boolean wants(String line) {
    byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
    return UnifiedLineFilter.wants(b, 0, b.length);
  }

  private static ByteLines.Handler handler(List<String> seen) {
    return new ByteLines.Handler() {
      @Override
      public boolean wants(byte[] b, int from, int to) {
        return true;
      }

      @Override
      public void accept(String line, long lineNo) {
        seen.add(lineNo + ":" + line);
      }

      @Override
      public void overlong(long lineNo) {
        seen.add("overlong " + lineNo);
      }
    };
  }
}
