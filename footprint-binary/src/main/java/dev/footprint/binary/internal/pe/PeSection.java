package dev.footprint.binary.internal.pe;

/** One PE section table entry. */
record PeSection(
    int index,
    String name,
    long virtualSize,
    long virtualAddress,
    long rawSize,
    long rawOffset,
    long characteristics) {

  static final long MEM_DISCARDABLE = 0x02000000L;

  /** File offset of a relative virtual address inside this section's raw data, or -1. */
  long offsetOf(long rva) {
    if (rva >= virtualAddress && rva - virtualAddress < rawSize) {
      return rawOffset + (rva - virtualAddress);
    }
    return -1;
  }
}
