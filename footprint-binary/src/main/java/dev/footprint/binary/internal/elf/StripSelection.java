package dev.footprint.binary.internal.elf;

import static dev.footprint.binary.internal.elf.ElfSectionHeader.SHT_SYMTAB;
import static dev.footprint.binary.internal.elf.ElfSectionHeader.SHT_SYMTAB_SHNDX;

import dev.footprint.binary.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sections a strip may drop: non-allocated static symbol tables (with their string tables
 * and index tables) and non-allocated debug sections, never anything inside a segment's file
 * image, never the section name table, never a string table a kept section still links to. Both
 * the facts ({@code strippableBytes}) and the stripper use this one rule, so they agree.
 */
public final class StripSelection {
  private StripSelection() {}

  /** Section indexes a strip removes, ascending. */
  public static List<Integer> removable(ElfFile elf) {
    List<ElfSectionHeader> sections = elf.sections();
    Set<Integer> drop = new HashSet<>();
    for (ElfSectionHeader s : sections) {
      if (s.index() == 0 || s.allocated() || s.index() == elf.header().shstrndx()) {
        continue;
      }
      boolean symbols = s.type() == SHT_SYMTAB || s.type() == SHT_SYMTAB_SHNDX;
      boolean debug = s.name().startsWith(".debug") || s.name().startsWith(".zdebug");
      if ((symbols || debug) && !mapped(elf, s)) {
        drop.add(s.index());
      }
    }
    for (ElfSectionHeader s : sections) {
      if (s.type() == SHT_SYMTAB && drop.contains(s.index())) {
        dropStringTable(elf, s.link(), drop);
      }
    }
    List<Integer> out = new ArrayList<>(drop);
    out.sort(null);
    return out;
  }

  /** Bytes in the file those sections occupy. */
  public static long bytes(ElfFile elf, List<Integer> indexes) {
    long sum = 0;
    for (int i : indexes) {
      sum += elf.sections().get(i).fileSize();
    }
    return sum;
  }

  private static void dropStringTable(ElfFile elf, int index, Set<Integer> drop) {
    List<ElfSectionHeader> sections = elf.sections();
    if (index <= 0 || index >= sections.size() || index == elf.header().shstrndx()) {
      return;
    }
    ElfSectionHeader strtab = sections.get(index);
    if (strtab.allocated() || mapped(elf, strtab)) {
      return;
    }
    for (ElfSectionHeader other : sections) {
      boolean kept = !drop.contains(other.index()) && other.index() != index;
      if (kept && other.link() == index && other.index() != 0) {
        return;
      }
    }
    drop.add(index);
  }

  /** True when any byte of the section lies inside a segment's file image. */
  public static boolean mapped(ElfFile elf, ElfSectionHeader s) {
    if (s.fileSize() == 0) {
      return false;
    }
    for (Segment p : elf.segments()) {
      long start = p.offset();
      long end = start + p.fileSize();
      if (p.fileSize() > 0 && s.offset() < end && start < s.fileEnd()) {
        return true;
      }
    }
    return false;
  }
}
