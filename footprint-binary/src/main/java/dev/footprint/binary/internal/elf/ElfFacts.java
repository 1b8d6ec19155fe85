package dev.footprint.binary.internal.elf;

import dev.footprint.binary.BinaryFormat;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.GoBuildInfo;
import dev.footprint.binary.Libc;
import dev.footprint.binary.Linkage;
import dev.footprint.binary.Section;
import dev.footprint.binary.Segment;
import dev.footprint.binary.internal.go.GoBuildInfoReader;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns an ELF file's headers, dynamic section, notes and Go blob into {@link BinaryInfo}. */
public final class ElfFacts {
  private static final int MAX_INTERP = 4096;

  private ElfFacts() {}

  public static BinaryInfo read(BinaryInput in) throws InvalidInputException {
    ElfFile elf = ElfParser.parse(in);
    ElfHeader h = elf.header();
    Optional<String> interp = interpreter(in, elf);
    ElfDynamic dyn = ElfDynamic.read(in, elf);
    List<Integer> removable = StripSelection.removable(elf);
    long debug = 0;
    long symbols = 0;
    List<Section> sections = new ArrayList<>();
    for (ElfSectionHeader s : elf.sections()) {
      boolean compressed = (s.flags() & ElfSectionHeader.SHF_COMPRESSED) != 0
          || s.name().startsWith(".zdebug");
      Section section = new Section(s.index(), s.name(), s.type(), s.flags(), s.addr(),
          s.offset(), s.fileSize(), s.size(), s.allocated(), compressed);
      sections.add(section);
      if (!s.allocated() && section.isDebug()) {
        debug += s.fileSize();
      }
    }
    for (ElfSectionHeader s : elf.sections()) {
      if (s.type() == ElfSectionHeader.SHT_SYMTAB && !s.allocated()) {
        symbols += s.fileSize();
        if (s.link() > 0 && s.link() < elf.sections().size() && s.link() != h.shstrndx()) {
          symbols += elf.sections().get(s.link()).fileSize();
        }
      }
    }
    boolean pie = (dyn.flags1() & ElfDynamic.DF_1_PIE) != 0;
    Linkage linkage = linkage(interp.isPresent(), dyn, h.type());
    Optional<GoBuildInfo> go = GoBuildInfoReader.read(new ElfAddressSpace(in, elf), in.name());
    return new BinaryInfo(in.name(), in.size(), BinaryFormat.ELF, type(h.type(), interp.isPresent() || pie),
        ElfArch.of(h.machine(), h.wide(), h.order() == ByteOrder.BIG_ENDIAN), h.bits(),
        h.order() == ByteOrder.BIG_ENDIAN, sections, elf.segments(), interp, dyn.needed(),
        dyn.rpath(), dyn.runpath(), dyn.soname(), linkage,
        libc(interp, dyn.needed(), elf), debug, symbols,
        StripSelection.bytes(elf, removable), ElfNotes.buildId(in, elf), go);
  }

  private static Optional<String> interpreter(BinaryInput in, ElfFile elf)
      throws InvalidInputException {
    Optional<Segment> p = elf.firstSegment(Segment.PT_INTERP);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    ByteBuffer b = in.read(p.get().offset(), Math.min(p.get().fileSize(), MAX_INTERP), "interpreter");
    String path = BinaryInput.cString(b, 0);
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  private static Linkage linkage(boolean interp, ElfDynamic dyn, int type) {
    if (interp || !dyn.needed().isEmpty()) {
      return Linkage.DYNAMIC;
    }
    if (dyn.present() && type == ElfHeader.ET_DYN) {
      return dyn.soname().isPresent() && (dyn.flags1() & ElfDynamic.DF_1_PIE) == 0
          ? Linkage.DYNAMIC
          : Linkage.STATIC_PIE;
    }
    return Linkage.STATIC;
  }

  private static String type(int type, boolean executable) {
    return switch (type) {
      case ElfHeader.ET_REL -> "relocatable";
      case ElfHeader.ET_EXEC -> "executable";
      case ElfHeader.ET_DYN -> executable ? "pie-executable" : "shared-object";
      case ElfHeader.ET_CORE -> "core";
      default -> "elf-type-" + type;
    };
  }

  /** From the loader and libc names; a static binary with a GNU ABI note carries glibc inside. */
  private static Libc libc(Optional<String> interp, List<String> needed, ElfFile elf) {
    String loader = interp.orElse("");
    if (loader.contains("ld-musl")) {
      return Libc.MUSL;
    }
    for (String lib : needed) {
      if (lib.startsWith("libc.musl") || lib.equals("libc.so")) {
        return Libc.MUSL;
      }
    }
    if (loader.contains("ld-linux") || loader.contains("/ld.so") || loader.contains("ld64.so")) {
      return Libc.GLIBC;
    }
    for (String lib : needed) {
      if (lib.equals("libc.so.6") || lib.startsWith("ld-linux")) {
        return Libc.GLIBC;
      }
    }
    if (interp.isEmpty() && needed.isEmpty() && elf.section(".note.ABI-tag").isPresent()) {
      return Libc.GLIBC;
    }
    return Libc.NONE;
  }
}
