package dev.footprint.binary.internal.elf;

import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of the dynamic section footprint reports: needed libraries, search paths, soname. */
public record ElfDynamic(
    boolean present,
    List<String> needed,
    List<String> rpath,
    List<String> runpath,
    Optional<String> soname,
    long flags1) {

  static final long DF_1_PIE = 0x08000000L;
  private static final long DT_NULL = 0;
  private static final long DT_NEEDED = 1;
  private static final long DT_STRTAB = 5;
  private static final long DT_STRSZ = 10;
  private static final long DT_SONAME = 14;
  private static final long DT_RPATH = 15;
  private static final long DT_RUNPATH = 29;
  private static final long DT_FLAGS_1 = 0x6ffffffbL;

  static final ElfDynamic NONE =
      new ElfDynamic(false, List.of(), List.of(), List.of(), Optional.empty(), 0);

  public ElfDynamic {
    needed = List.copyOf(needed);
    rpath = List.copyOf(rpath);
    runpath = List.copyOf(runpath);
  }

  static ElfDynamic read(BinaryInput in, ElfFile elf) throws InvalidInputException {
    Optional<Segment> seg = elf.firstSegment(Segment.PT_DYNAMIC);
    Optional<ElfSectionHeader> sec = elf.sections().stream()
        .filter(s -> s.type() == ElfSectionHeader.SHT_DYNAMIC).findFirst();
    long offset;
    long size;
    if (seg.isPresent()) {
      offset = seg.get().offset();
      size = seg.get().fileSize();
    } else if (sec.isPresent()) {
      offset = sec.get().offset();
      size = sec.get().fileSize();
    } else {
      return NONE;
    }
    boolean wide = elf.header().wide();
    int entry = wide ? 16 : 8;
    ByteBuffer d = in.read(offset, size - size % entry, "dynamic section");
    List<long[]> entries = new ArrayList<>();
    long strtab = -1;
    long strsz = 0;
    long flags1 = 0;
    for (int p = 0; p + entry <= d.limit(); p += entry) {
      long tag = wide ? d.getLong(p) : BinaryInput.u32(d, p);
      long val = BinaryInput.word(d, p + entry / 2, wide);
      if (tag == DT_NULL) {
        break;
      }
      if (tag == DT_STRTAB) {
        strtab = val;
      } else if (tag == DT_STRSZ) {
        strsz = val;
      } else if (tag == DT_FLAGS_1) {
        flags1 = val;
      }
      entries.add(new long[] {tag, val});
    }
    ByteBuffer strings = strings(in, elf, sec, strtab, strsz);
    List<String> needed = new ArrayList<>();
    List<String> rpath = new ArrayList<>();
    List<String> runpath = new ArrayList<>();
    String soname = null;
    for (long[] e : entries) {
      if (e[0] == DT_NEEDED) {
        needed.add(BinaryInput.cString(strings, e[1]));
      } else if (e[0] == DT_RPATH) {
        rpath.addAll(splitPath(BinaryInput.cString(strings, e[1])));
      } else if (e[0] == DT_RUNPATH) {
        runpath.addAll(splitPath(BinaryInput.cString(strings, e[1])));
      } else if (e[0] == DT_SONAME) {
        soname = BinaryInput.cString(strings, e[1]);
      }
    }
    return new ElfDynamic(true, needed, rpath, runpath, Optional.ofNullable(soname), flags1);
  }

  private static ByteBuffer strings(BinaryInput in, ElfFile elf, Optional<ElfSectionHeader> sec,
      long strtab, long strsz) throws InvalidInputException {
    if (sec.isPresent()) {
      int link = sec.get().link();
      if (link > 0 && link < elf.sections().size()) {
        ElfSectionHeader s = elf.sections().get(link);
        return in.read(s.offset(), s.fileSize(), "dynamic string table");
      }
    }
    Optional<Long> at = strtab < 0 ? Optional.empty() : elf.offsetOf(strtab);
    if (at.isEmpty()) {
      return ByteBuffer.allocate(0);
    }
    long mapped = elf.bytesMappedFrom(strtab);
    return in.read(at.get(), Math.min(strsz, mapped), "dynamic string table");
  }

  private static List<String> splitPath(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(":", -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }
}
