package dev.footprint.binary.internal.pe;

import dev.footprint.binary.BinaryFormat;
import dev.footprint.binary.BinaryInfo;
import dev.footprint.binary.Libc;
import dev.footprint.binary.Linkage;
import dev.footprint.binary.Section;
import dev.footprint.binary.internal.go.GoBuildInfoReader;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.InvalidInputException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a PE file's headers, imports and Go blob into {@link BinaryInfo}. */
public final class PeFacts {
  private PeFacts() {}

  public static boolean isPe(ByteBuffer start) {
    return PeParser.isPe(start);
  }

  public static BinaryInfo read(BinaryInput in) throws InvalidInputException {
    PeFile pe = PeParser.parse(in);
    List<Section> sections = new ArrayList<>();
    long debug = 0;
    for (PeSection s : pe.sections()) {
      if (!in.contains(s.rawOffset(), s.rawSize())) {
        throw in.invalid("section " + s.name() + " runs past the end of the file");
      }
      Section section = new Section(s.index(), s.name(), 0, s.characteristics(),
          s.virtualAddress(), s.rawOffset(), s.rawSize(), s.virtualSize(),
          (s.characteristics() & PeSection.MEM_DISCARDABLE) == 0, s.name().startsWith(".zdebug"));
      sections.add(section);
      if (section.isDebug()) {
        debug += s.rawSize();
      }
    }
    long symbols = PeParser.symbolBytes(in, pe);
    List<String> imports = PeImports.read(in, pe);
    String type = (pe.characteristics() & PeFile.IMAGE_FILE_DLL) != 0 ? "dll" : "exe";
    return new BinaryInfo(in.name(), in.size(), BinaryFormat.PE, type, arch(pe.machine()),
        pe.wide() ? 64 : 32, false, sections, List.of(), Optional.empty(), imports, List.of(),
        List.of(), Optional.empty(), imports.isEmpty() ? Linkage.STATIC : Linkage.DYNAMIC,
        Libc.NONE, debug, symbols, debug + symbols, Optional.empty(),
        GoBuildInfoReader.read(new PeAddressSpace(in, pe), in.name()));
  }

  private static String arch(int machine) {
    return switch (machine) {
      case 0x14c -> "386";
      case 0x8664 -> "amd64";
      case 0xaa64 -> "arm64";
      case 0x1c0, 0x1c4 -> "arm";
      case 0x5064 -> "riscv64";
      default -> String.format("pe-machine-0x%x", machine);
    };
  }
}
