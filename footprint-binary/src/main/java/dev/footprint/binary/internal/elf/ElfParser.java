package dev.footprint.binary.internal.elf;

import static dev.footprint.binary.internal.io.BinaryInput.u16;
import static dev.footprint.binary.internal.io.BinaryInput.u32;
import static dev.footprint.binary.internal.io.BinaryInput.word;

import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Reads the ELF header, program headers and section headers; nothing else. */
public final class ElfParser {
  private static final int SHN_XINDEX = 0xffff;
  private static final int PN_XNUM = 0xffff;

  private ElfParser() {}

  /** True when the first bytes are the ELF magic. */
  public static boolean isElf(ByteBuffer start) {
    return start.limit() >= 4
        && start.get(0) == 0x7f
        && start.get(1) == 'E'
        && start.get(2) == 'L'
        && start.get(3) == 'F';
  }

  public static ElfFile parse(BinaryInput in) throws InvalidInputException {
    ElfHeader h = header(in);
    List<ElfSectionHeader> sections = sections(in, h);
    if (!sections.isEmpty()) {
      ElfSectionHeader zero = sections.get(0);
      int shnum = h.shnum() == 0 ? (int) Math.min(zero.size(), Integer.MAX_VALUE) : h.shnum();
      int strndx = h.shstrndx() == SHN_XINDEX ? zero.link() : h.shstrndx();
      int phnum = h.phnum() == PN_XNUM ? zero.info() : h.phnum();
      if (shnum != h.shnum() || strndx != h.shstrndx() || phnum != h.phnum()) {
        h = new ElfHeader(h.wide(), h.order(), h.type(), h.machine(), h.flags(), h.phoff(),
            h.phentsize(), phnum, h.shoff(), h.shentsize(), shnum, strndx);
        sections = sections(in, h);
      }
    }
    return new ElfFile(h, segments(in, h), named(in, h, sections));
  }

  static ElfHeader header(BinaryInput in) throws InvalidInputException {
    ByteBuffer ident = in.read(0, 16, "ELF identification");
    if (!isElf(ident)) {
      throw in.invalid("not an ELF file");
    }
    int cls = ident.get(4);
    int data = ident.get(5);
    if (cls != 1 && cls != 2) {
      throw in.invalid("unknown ELF class " + cls);
    }
    if (data != 1 && data != 2) {
      throw in.invalid("unknown ELF byte order " + data);
    }
    boolean wide = cls == 2;
    in.order(data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    ByteBuffer b = in.read(0, wide ? 64 : 52, "ELF header");
    int w = wide ? 8 : 4;
    int type = u16(b, 16);
    int machine = u16(b, 18);
    long phoff = word(b, 24 + w, wide);
    long shoff = word(b, 24 + 2 * w, wide);
    int at = 24 + 3 * w;
    long flags = u32(b, at);
    int phentsize = u16(b, at + 6);
    int phnum = u16(b, at + 8);
    int shentsize = u16(b, at + 10);
    int shnum = u16(b, at + 12);
    int shstrndx = u16(b, at + 14);
    return new ElfHeader(wide, in.order(), type, machine, flags, phoff, phentsize, phnum, shoff,
        shentsize, shnum, shstrndx);
  }

  private static List<Segment> segments(BinaryInput in, ElfHeader h) throws InvalidInputException {
    List<Segment> out = new ArrayList<>();
    if (h.phoff() == 0 || h.phnum() == 0) {
      return out;
    }
    int min = h.wide() ? 56 : 32;
    if (h.phentsize() < min) {
      throw in.invalid("program header entry size " + h.phentsize() + " is too small");
    }
    ByteBuffer t = in.read(h.phoff(), (long) h.phnum() * h.phentsize(), "program header table");
    for (int i = 0; i < h.phnum(); i++) {
      int p = i * h.phentsize();
      long type = u32(t, p);
      if (h.wide()) {
        out.add(new Segment(type, SegmentNames.of(type), u32(t, p + 4), word(t, p + 8, true),
            word(t, p + 16, true), word(t, p + 32, true), word(t, p + 40, true)));
      } else {
        out.add(new Segment(type, SegmentNames.of(type), u32(t, p + 24), u32(t, p + 4),
            u32(t, p + 8), u32(t, p + 16), u32(t, p + 20)));
      }
    }
    return out;
  }

  private static List<ElfSectionHeader> sections(BinaryInput in, ElfHeader h)
      throws InvalidInputException {
    List<ElfSectionHeader> out = new ArrayList<>();
    if (h.shoff() == 0) {
      return out;
    }
    int min = h.wide() ? 64 : 40;
    if (h.shentsize() < min) {
      throw in.invalid("section header entry size " + h.shentsize() + " is too small");
    }
    int count = h.shnum() == 0 ? 1 : h.shnum();
    ByteBuffer t = in.read(h.shoff(), (long) count * h.shentsize(), "section header table");
    boolean wide = h.wide();
    int w = wide ? 8 : 4;
    for (int i = 0; i < count; i++) {
      int p = i * h.shentsize();
      long type = u32(t, p + 4);
      long flags = word(t, p + 8, wide);
      long addr = word(t, p + 8 + w, wide);
      long offset = word(t, p + 8 + 2 * w, wide);
      long size = word(t, p + 8 + 3 * w, wide);
      int link = (int) u32(t, p + 8 + 4 * w);
      int info = (int) u32(t, p + 12 + 4 * w);
      long align = word(t, p + 16 + 4 * w, wide);
      long entsize = word(t, p + 16 + 5 * w, wide);
      out.add(new ElfSectionHeader(i, u32(t, p), "", type, flags, addr, offset, size, link, info,
          align, entsize));
    }
    return out;
  }

  private static List<ElfSectionHeader> named(
      BinaryInput in, ElfHeader h, List<ElfSectionHeader> raw) throws InvalidInputException {
    if (raw.isEmpty() || h.shstrndx() == 0 || h.shstrndx() >= raw.size()) {
      return raw;
    }
    ElfSectionHeader strtab = raw.get(h.shstrndx());
    ByteBuffer names = in.read(strtab.offset(), strtab.fileSize(), "section name table");
    List<ElfSectionHeader> out = new ArrayList<>(raw.size());
    for (ElfSectionHeader s : raw) {
      out.add(new ElfSectionHeader(s.index(), s.nameOffset(),
          BinaryInput.cString(names, s.nameOffset()), s.type(), s.flags(), s.addr(), s.offset(),
          s.size(), s.link(), s.info(), s.addralign(), s.entsize()));
    }
    return out;
  }
}
