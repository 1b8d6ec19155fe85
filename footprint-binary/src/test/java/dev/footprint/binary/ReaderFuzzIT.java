package dev.footprint.binary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.footprint.common.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutated real binaries (byte flips biased to headers and tables, truncation) never crash the
 * readers or the stripper: every outcome is facts or a clean InvalidInputException.
 */
class ReaderFuzzIT {
  private static final List<byte[]> ORIGINALS = new ArrayList<>();
  private static final List<String> NAMES = new ArrayList<>();

  @BeforeContainer
  static void load() throws Exception {
    for (String name : List.of("go-cgo1", "go-windows.exe", "c-dynamic", "go-mips", "go-s390x")) {
      ORIGINALS.add(Files.readAllBytes(TestBinaries.get().get(name)));
      NAMES.add(name);
    }
  }

  record Mutation(int binary, List<int[]> flips, int truncateTo) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    Arbitrary<int[]> flip = Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, 255))
        .as((region, at, value) -> new int[] {region, at, value});
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            flip.list().ofMinSize(1).ofMaxSize(12),
            Arbitraries.integers().between(-1, 100).edgeCases(e -> e.add(-1)))
        .as(Mutation::new);
  }

  @Property(tries = 400)
  void readersNeverCrash(@ForAll("mutations") Mutation m) throws Exception {
    byte[] bytes = mutate(m);
    try {
      BinaryInfo info = Binaries.read(new BytesChannel(bytes), NAMES.get(m.binary()));
      assertThat(info.fileSize()).isEqualTo(bytes.length);
    } catch (InvalidInputException expected) {
      assertThat(expected.getMessage()).startsWith(NAMES.get(m.binary()));
    }
  }

  @Property(tries = 60)
  void stripperNeverCrashes(@ForAll("mutations") Mutation m) throws Exception {
    byte[] bytes = mutate(m);
    Path dir = Files.createTempDirectory("fp-fuzz");
    try {
      Path in = dir.resolve("in");
      Files.write(in, bytes);
      try {
        Binaries.strip(in, dir.resolve("out"));
        Binaries.read(dir.resolve("out"));
      } catch (InvalidInputException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      assertThat(Files.readAllBytes(in)).isEqualTo(bytes);
    } finally {
      dev.footprint.common.AtomicOutput.deleteTree(dir);
    }
  }

  /** Flips bytes in the first 4 KiB, around the section table, or anywhere; maybe truncates. */
  private static byte[] mutate(Mutation m) {
    byte[] original = ORIGINALS.get(m.binary());
    byte[] b = original.clone();
    int tableAt = (int) Math.min(sectionTableOffset(original), b.length - 1);
    for (int[] f : m.flips()) {
      int at = switch (f[0]) {
        case 0 -> f[1] % Math.min(64, b.length);
        case 1 -> f[1] % Math.min(4096, b.length);
        case 2 -> (tableAt + f[1] % 4096) % b.length;
        default -> f[1] % b.length;
      };
      b[at] = (byte) f[2];
    }
    if (m.truncateTo() >= 0) {
      return java.util.Arrays.copyOf(b, (int) ((long) b.length * m.truncateTo() / 100));
    }
    return b;
  }

  private static long sectionTableOffset(byte[] b) {
    if (b.length > 0x40 && b[0] == 0x7f) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b)
          .order(b[5] == 2 ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
      return b[4] == 2 ? buf.getLong(0x28) : Integer.toUnsignedLong(buf.getInt(0x20));
    }
    return b.length / 2;
  }
}
