package dev.footprint.image.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayerCompressionTest {

  /** Several MB, half random and half text, so that zstd cuts it into more than one job. */
  private static byte[] sample() {
    Random random = new Random(42);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] text = "GET /healthz HTTP/1.1 200 12ms\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 24; i++) {
      byte[] noise = new byte[256 * 1024];
      random.nextBytes(noise);
      out.writeBytes(noise);
      for (int j = 0; j < 8000; j++) {
        out.writeBytes(text);
      }
    }
    return out.toByteArray();
  }

  private static byte[] compress(LayerCompression c, byte[] data, int threads) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = c.wrap(out, threads, c.defaultLevel())) {
      for (int off = 0; off < data.length; off += 100_000) {
        z.write(data, off, Math.min(100_000, data.length - off));
      }
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(LayerCompression.class)
  void sameBytesWhateverTheThreadCount_andTheyDecompressToTheInput(LayerCompression c) throws Exception {
    byte[] data = sample();
    byte[] one = compress(c, data, 1);
    assertThat(compress(c, data, 2)).isEqualTo(one);
    assertThat(compress(c, data, 5)).isEqualTo(one);
    try (InputStream in = c == LayerCompression.GZIP
        ? new GZIPInputStream(new ByteArrayInputStream(one))
        : new ZstdInputStream(new ByteArrayInputStream(one))) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    assertThat(one.length).isLessThan(data.length * 6 / 10);
  }

  @ParameterizedTest
  @EnumSource(LayerCompression.class)
  void levelsTradeSizeForSpeed_andOutOfRangeIsRefused(LayerCompression c) throws Exception {
    byte[] data = sample();
    ByteArrayOutputStream fast = new ByteArrayOutputStream();
    try (OutputStream z = c.wrap(fast, 2, 1)) {
      z.write(data);
    }
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    try (OutputStream z = c.wrap(small, 2, c.maxLevel())) {
      z.write(data);
    }
    assertThat(small.size()).isLessThan(fast.size());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.wrap(new ByteArrayOutputStream(), 1, c.maxLevel() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.wrap(new ByteArrayOutputStream(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
