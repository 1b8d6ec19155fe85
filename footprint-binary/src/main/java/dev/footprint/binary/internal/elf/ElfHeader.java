package dev.footprint.binary.internal.elf;

import java.nio.ByteOrder;

/** The fields of the ELF file header footprint uses; {@code wide} is ELFCLASS64. */
public record ElfHeader(
    boolean wide,
    ByteOrder order,
    int type,
    int machine,
    long flags,
    long phoff,
    int phentsize,
    int phnum,
    long shoff,
    int shentsize,
    int shnum,
    int shstrndx) {

  public static final int ET_REL = 1;
  public static final int ET_EXEC = 2;
  public static final int ET_DYN = 3;
  public static final int ET_CORE = 4;

  public int bits() {
    return wide ? 64 : 32;
  }

  /** Size of the ELF header itself. */
  public int size() {
    return wide ? 64 : 52;
  }
}
