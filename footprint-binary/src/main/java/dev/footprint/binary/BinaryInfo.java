package dev.footprint.binary;

import java.util.List;
import java.util.Optional;

/**
 * The facts of one executable or library, read from its headers. Sizes are bytes in the file.
 *
 * @param type ELF: executable, pie-executable, shared-object, relocatable, core; PE: exe, dll
 * @param arch the OCI/Go architecture name (amd64, arm64, 386, arm, ppc64le, s390x, riscv64, ...)
 * @param debugBytes bytes of DWARF sections (.debug_*, .zdebug_*)
 * @param symbolBytes bytes of the static symbol table and its strings (ELF .symtab/.strtab, PE COFF
 *     symbol and string table); the dynamic symbols needed at run time do not count
 * @param strippableBytes bytes a strip would remove: non-allocated symbol and debug sections
 */
public record BinaryInfo(
    String name,
    long fileSize,
    BinaryFormat format,
    String type,
    String arch,
    int bits,
    boolean bigEndian,
    List<Section> sections,
    List<Segment> segments,
    Optional<String> interpreter,
    List<String> needed,
    List<String> rpath,
    List<String> runpath,
    Optional<String> soname,
    Linkage linkage,
    Libc libc,
    long debugBytes,
    long symbolBytes,
    long strippableBytes,
    Optional<String> buildId,
    Optional<GoBuildInfo> go) {

  public BinaryInfo {
    sections = List.copyOf(sections);
    segments = List.copyOf(segments);
    needed = List.copyOf(needed);
    rpath = List.copyOf(rpath);
    runpath = List.copyOf(runpath);
  }

  /** No static symbols and no debug information left. */
  public boolean stripped() {
    return debugBytes == 0 && symbolBytes == 0;
  }

  public Optional<Section> section(String sectionName) {
    return sections.stream().filter(s -> s.name().equals(sectionName)).findFirst();
  }
}
