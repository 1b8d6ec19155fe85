package dev.footprint.binary.internal.strip;

import dev.footprint.binary.StripResult;
import dev.footprint.binary.internal.elf.ElfFile;
import dev.footprint.binary.internal.elf.ElfHeader;
import dev.footprint.binary.internal.elf.ElfParser;
import dev.footprint.binary.internal.elf.ElfSectionHeader;
import dev.footprint.binary.internal.elf.StripSelection;
import dev.footprint.binary.internal.io.BinaryInput;
import dev.footprint.common.AtomicOutput;
import dev.footprint.common.FootprintException;
import dev.footprint.common.InvalidInputException;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pure-Java ELF strip: drops non-allocated symbol and debug sections, rewrites the section name
 * table and section header table, and copies every byte a program header maps unchanged. Anything
 * it cannot do that way is refused, so the output always runs exactly as the input.
 */
public final class ElfStripper {
  private ElfStripper() {}

  public static StripResult strip(Path input, Path output) throws IOException, FootprintException {
    ElfFile elf;
    long size;
    try (SeekableByteChannel c = Files.newByteChannel(input)) {
      BinaryInput in = new BinaryInput(c, input.toString());
      size = in.size();
      if (size < 4 || !ElfParser.isElf(in.read(0, 4, "magic"))) {
        throw in.invalid("not an ELF file; footprint strip handles ELF only"
            + " (for PE, link with -s or go build -ldflags=\"-s -w\")");
      }
      try {
        elf = ElfParser.parse(in);
      } catch (RuntimeException e) {
        throw in.invalid("corrupt ELF headers (" + e + ")");
      }
      StripChecks.check(in, elf);
    }
    Set<Integer> removed = new HashSet<>(StripSelection.removable(elf));
    StripChecks.checkLinks(input.toString(), elf, removed);
    Set<PosixFilePermission> mode = permissions(input);
    List<String> names = new ArrayList<>();
    for (int i : StripSelection.removable(elf)) {
      names.add(elf.sections().get(i).name());
    }
    if (removed.isEmpty()) {
      if (!(Files.exists(output) && Files.isSameFile(input, output))) {
        AtomicOutput.writeFile(output, out -> Files.copy(input, out));
      }
    } else {
      StripLayout layout = StripLayout.plan(elf, removed);
      AtomicOutput.writeFile(output, out -> {
        try (SeekableByteChannel c = Files.newByteChannel(input)) {
          new StripWriter(elf, layout).write(c, out);
        }
      });
    }
    if (mode != null) {
      Files.setPosixFilePermissions(output, mode);
    }
    return new StripResult(size, Files.size(output), names);
  }

  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    return view == null ? null : view.readAttributes().permissions();
  }

  /** Refusals, each naming why the file cannot be stripped safely. */
  static final class StripChecks {
    private StripChecks() {}

    static void check(BinaryInput in, ElfFile elf) throws InvalidInputException {
      ElfHeader h = elf.header();
      if (h.type() != ElfHeader.ET_EXEC && h.type() != ElfHeader.ET_DYN) {
        throw in.invalid("only executables and shared libraries are stripped (this is ELF type "
            + h.type() + ", e.g. an object file or core dump)");
      }
      if (elf.sections().size() >= 0xff00) {
        throw in.invalid("too many sections (" + elf.sections().size() + ") to rewrite safely");
      }
      if (!elf.sections().isEmpty()
          && (h.shstrndx() <= 0 || h.shstrndx() >= elf.sections().size())) {
        throw in.invalid("no valid section name table");
      }
      for (ElfSectionHeader s : elf.sections()) {
        if (s.fileSize() > 0 && !in.contains(s.offset(), s.fileSize())) {
          throw in.invalid("section " + s.name() + " runs past the end of the file");
        }
        if (s.type() == ElfSectionHeader.SHT_GROUP) {
          throw in.invalid("has section groups, which only object files should have");
        }
      }
      for (var p : elf.segments()) {
        if (!in.contains(p.offset(), p.fileSize())) {
          throw in.invalid("a " + p.typeName() + " segment runs past the end of the file");
        }
      }
    }

    static void checkLinks(String name, ElfFile elf, Set<Integer> removed)
        throws InvalidInputException {
      for (ElfSectionHeader s : elf.sections()) {
        if (removed.contains(s.index()) || s.index() == 0) {
          continue;
        }
        // A loaded relocation table linking the static symbol table (static glibc's IRELATIVE
        // .rela.plt) is applied by startup code, not through the link: it becomes 0, as in
        // binutils strip. Any other link into a removed section would break the file.
        boolean relocation = s.type() == ElfSectionHeader.SHT_REL
            || s.type() == ElfSectionHeader.SHT_RELA;
        if (s.link() != 0 && removed.contains(s.link()) && !(relocation && s.allocated())) {
          throw new InvalidInputException(name + ": section " + s.name()
              + " refers to " + elf.sections().get(s.link()).name()
              + ", which a strip removes; refusing to break it");
        }
        if (StripWriter.infoIsIndex(s) && removed.contains(s.info())) {
          throw new InvalidInputException(name + ": section " + s.name()
              + " applies to a section a strip removes; refusing to break it");
        }
      }
    }
  }
}
