package dev.footprint.binary.internal.strip;

import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.elf.ElfFile;
import dev.footprint.binary.internal.elf.ElfHeader;
import dev.footprint.binary.internal.elf.ElfSectionHeader;
import dev.footprint.binary.internal.elf.StripSelection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where everything goes in the stripped file. Bytes [0, fixedEnd) — headers and every segment's
 * file image — are copied unchanged. Kept sections after that are packed in file order, a new
 * section name table among them, then the new section header table.
 */
record StripLayout(
    long fixedEnd,
    List<ElfSectionHeader> kept,
    Map<Integer, Long> newOffset,
    byte[] names,
    Map<Integer, Long> newNameOffset,
    long sectionTableOffset,
    long outputSize) {

  static StripLayout plan(ElfFile elf, Set<Integer> removed) {
    ElfHeader h = elf.header();
    long fixedEnd = Math.max(h.size(), h.phoff() + (long) h.phnum() * h.phentsize());
    for (Segment p : elf.segments()) {
      fixedEnd = Math.max(fixedEnd, p.offset() + p.fileSize());
    }
    List<ElfSectionHeader> kept = new ArrayList<>();
    for (ElfSectionHeader s : elf.sections()) {
      if (!removed.contains(s.index())) {
        kept.add(s);
        if (s.fileSize() > 0 && (s.allocated() || StripSelection.mapped(elf, s))) {
          fixedEnd = Math.max(fixedEnd, s.fileEnd());
        }
      }
    }
    Map<Integer, Long> nameOffset = new HashMap<>();
    byte[] names = names(kept, nameOffset);
    Map<Integer, Long> offsets = new HashMap<>();
    List<ElfSectionHeader> movable = new ArrayList<>();
    for (ElfSectionHeader s : kept) {
      if (s.index() == h.shstrndx() || (s.fileSize() > 0 && s.fileEnd() > fixedEnd)) {
        movable.add(s);
      }
    }
    movable.sort((a, b) -> Long.compare(a.offset(), b.offset()));
    long at = fixedEnd;
    for (ElfSectionHeader s : movable) {
      at = align(at, s.addralign());
      offsets.put(s.index(), at);
      at += s.index() == h.shstrndx() ? names.length : s.fileSize();
    }
    long table = align(at, h.wide() ? 8 : 4);
    long size = table + (long) kept.size() * h.shentsize();
    return new StripLayout(fixedEnd, kept, offsets, names, nameOffset, table, size);
  }

  /** A fresh section name table holding only the kept sections' names. */
  private static byte[] names(List<ElfSectionHeader> kept, Map<Integer, Long> nameOffset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    Map<String, Long> seen = new HashMap<>();
    seen.put("", 0L);
    for (ElfSectionHeader s : kept) {
      Long at = seen.get(s.name());
      if (at == null) {
        at = (long) out.size();
        out.writeBytes(s.name().getBytes(StandardCharsets.UTF_8));
        out.write(0);
        seen.put(s.name(), at);
      }
      nameOffset.put(s.index(), at);
    }
    return out.toByteArray();
  }

  private static long align(long at, long alignment) {
    // Non-allocated sections need no alignment to work; a huge value is only padding.
    if (alignment <= 1 || alignment > 4096) {
      return at;
    }
    long rem = at % alignment;
    return rem == 0 ? at : at + alignment - rem;
  }
}
