package dev.footprint.binary.internal.elf;

/** One raw section header; {@code name} already looked up in the section name table. */
public record ElfSectionHeader(
    int index,
    long nameOffset,
    String name,
    long type,
    long flags,
    long addr,
    long offset,
    long size,
    int link,
    int info,
    long addralign,
    long entsize) {

  public static final long SHT_NULL = 0;
  public static final long SHT_SYMTAB = 2;
  public static final long SHT_STRTAB = 3;
  public static final long SHT_RELA = 4;
  public static final long SHT_DYNAMIC = 6;
  public static final long SHT_NOTE = 7;
  public static final long SHT_NOBITS = 8;
  public static final long SHT_REL = 9;
  public static final long SHT_DYNSYM = 11;
  public static final long SHT_GROUP = 17;
  public static final long SHT_SYMTAB_SHNDX = 18;
  public static final long SHF_ALLOC = 0x2;
  public static final long SHF_INFO_LINK = 0x40;
  public static final long SHF_COMPRESSED = 0x800;

  public boolean allocated() {
    return (flags & SHF_ALLOC) != 0;
  }

  /** Bytes the section occupies in the file (NOBITS occupy none). */
  public long fileSize() {
    return type == SHT_NOBITS || type == SHT_NULL ? 0 : size;
  }

  public long fileEnd() {
    return offset + fileSize();
  }
}
