package dev.footprint.binary.internal.elf;

import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.go.AddressSpace;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;

/** ELF virtual addresses through PT_LOAD segments, with Go's DataStart rule. */
final class ElfAddressSpace implements AddressSpace {
  private final BinaryInput in;
  private final ElfFile elf;

  ElfAddressSpace(BinaryInput in, ElfFile elf) {
    this.in = in;
    this.elf = elf;
  }

  @Override
  public ByteBuffer read(long address, long maxLength) throws InvalidInputException {
    // Go walks every program header, not only PT_LOAD; the first one holding the address wins.
    for (Segment p : elf.segments()) {
      if (p.fileSize() > 0 && address >= p.virtualAddress()
          && address - p.virtualAddress() <= p.fileSize() - 1) {
        long n = Math.min(p.fileSize() - (address - p.virtualAddress()), maxLength);
        long offset = p.offset() + (address - p.virtualAddress());
        if (!in.contains(offset, n)) {
          throw in.invalid("segment data at offset " + offset + " lies outside the file");
        }
        return in.read(offset, n, "segment data");
      }
    }
    return ByteBuffer.allocate(0);
  }

  @Override
  public long sizeHint() {
    // One byte past the section: Go's bounds check rejects a string ending at the window's end.
    return elf.section(".go.buildinfo").map(s -> s.size() + 1).orElse(0L);
  }

  @Override
  public long dataStart() {
    return elf.section(".go.buildinfo").map(ElfSectionHeader::addr).orElseGet(() -> {
      for (Segment p : elf.segments()) {
        if (p.type() == Segment.PT_LOAD && (p.flags() & (Segment.PF_X | Segment.PF_W)) == Segment.PF_W) {
          return p.virtualAddress();
        }
      }
      return 0L;
    });
  }
}
