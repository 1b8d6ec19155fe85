package dev.footprint.binary.internal.elf;

import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** Finds the build id: the GNU build-id note, or else the Go build ID note. */
final class ElfNotes {
  private static final long NT_GNU_BUILD_ID = 3;
  private static final long NT_GO_BUILD_ID = 4;
  private static final int MAX_NOTES = 1 << 16;

  private ElfNotes() {}

  static Optional<String> buildId(BinaryInput in, ElfFile elf) throws InvalidInputException {
    Optional<String> gnu = Optional.empty();
    Optional<String> go = Optional.empty();
    for (long[] range : noteRanges(elf)) {
      ByteBuffer b = in.read(range[0], Math.min(range[1], MAX_NOTES), "note");
      int p = 0;
      while (p + 12 <= b.limit()) {
        long namesz = BinaryInput.u32(b, p);
        long descsz = BinaryInput.u32(b, p + 4);
        long type = BinaryInput.u32(b, p + 8);
        long nameEnd = p + 12L + align4(namesz);
        long descEnd = nameEnd + align4(descsz);
        if (namesz > b.limit() || descsz > b.limit() || nameEnd + descsz > b.limit()) {
          break;
        }
        String name = new String(bytes(b, p + 12, (int) namesz), StandardCharsets.UTF_8)
            .replace("\0", "");
        byte[] desc = bytes(b, (int) nameEnd, (int) descsz);
        if (name.equals("GNU") && type == NT_GNU_BUILD_ID) {
          gnu = Optional.of(HexFormat.of().formatHex(desc));
        } else if (name.equals("Go") && type == NT_GO_BUILD_ID) {
          go = Optional.of(new String(desc, StandardCharsets.UTF_8));
        }
        p = (int) Math.min(descEnd, Integer.MAX_VALUE);
      }
    }
    return gnu.isPresent() ? gnu : go;
  }

  private static java.util.List<long[]> noteRanges(ElfFile elf) {
    java.util.List<long[]> out = new java.util.ArrayList<>();
    for (ElfSectionHeader s : elf.sections()) {
      if (s.type() == ElfSectionHeader.SHT_NOTE) {
        out.add(new long[] {s.offset(), s.fileSize()});
      }
    }
    if (out.isEmpty()) {
      for (Segment p : elf.segments()) {
        if (p.type() == Segment.PT_NOTE) {
          out.add(new long[] {p.offset(), p.fileSize()});
        }
      }
    }
    return out;
  }

  private static long align4(long n) {
    return (n + 3) & ~3L;
  }

  private static byte[] bytes(ByteBuffer b, int at, int length) {
    byte[] out = new byte[length];
    b.get(at, out);
    return out;
  }
}
