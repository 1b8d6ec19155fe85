package dev.footprint.image.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ParallelGzipOutputStreamTest {
  private static byte[] input(int size, long seed) {
    byte[] data = new byte[size];
    Random r = new Random(seed);
    for (int i = 0; i < size; i++) {
      // Text-like and repetitive across block borders, so dictionaries matter.
      data[i] = (byte) ("footprint layer ".charAt((i + r.nextInt(3)) % 16));
    }
    return data;
  }

  private static byte[] gzip(byte[] data, int threads, int chunk) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParallelGzipOutputStream gz = new ParallelGzipOutputStream(out, Deflater.DEFAULT_COMPRESSION, threads)) {
      for (int off = 0; off < data.length; off += chunk) {
        gz.write(data, off, Math.min(chunk, data.length - off));
      }
    }
    return out.toByteArray();
  }

  @Test
  void output_isOneGzipMemberThatInflatesToTheInput() throws Exception {
    for (int size : new int[] {0, 1, 32 * 1024, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 12345}) {
      byte[] data = input(size, size);
      byte[] gz = gzip(data, 2, 7919);
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
        assertThat(in.readAllBytes()).as("size %d", size).isEqualTo(data);
      }
    }
  }

  @Test
  void output_doesNotDependOnThreadsOrWriteSizes() throws Exception {
    byte[] data = input(5 * (1 << 20) + 77, 42);
    byte[] one = gzip(data, 1, 1 << 16);
    assertThat(gzip(data, 2, 4099)).isEqualTo(one);
    assertThat(gzip(data, 4, 1 << 20)).isEqualTo(one);
    assertThat(one.length).isLessThan(data.length / 3);
  }
}
