package dev.footprint.binary.internal.pe;

import dev.footprint.binary.internal.go.AddressSpace;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;

/** PE virtual addresses through section raw data, with Go's "first writable data" rule. */
final class PeAddressSpace implements AddressSpace {
  private static final long DATA_RW = 0x00000040L | 0x40000000L | 0x80000000L;
  private static final long ALIGN_32 = 0x00600000L;

  private final BinaryInput in;
  private final PeFile pe;

  PeAddressSpace(BinaryInput in, PeFile pe) {
    this.in = in;
    this.pe = pe;
  }

  @Override
  public ByteBuffer read(long address, long maxLength) throws InvalidInputException {
    long rva = address - pe.imageBase();
    for (PeSection s : pe.sections()) {
      if (s.rawSize() > 0 && rva >= s.virtualAddress() && rva - s.virtualAddress() <= s.rawSize() - 1) {
        long n = Math.min(s.rawSize() - (rva - s.virtualAddress()), maxLength);
        return in.read(s.rawOffset() + (rva - s.virtualAddress()), n, "section data");
      }
    }
    return ByteBuffer.allocate(0);
  }

  @Override
  public long dataStart() {
    for (PeSection s : pe.sections()) {
      if (s.virtualAddress() != 0 && s.rawSize() != 0
          && (s.characteristics() & ~ALIGN_32) == DATA_RW) {
        return s.virtualAddress() + pe.imageBase();
      }
    }
    return 0;
  }
}
