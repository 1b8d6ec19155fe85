package dev.footprint.binary.internal.elf;

import dev.footprint.binary.Segment;
import java.util.List;
import java.util.Optional;

/** The header, program headers and section headers of an ELF file: its table of contents. */
public record ElfFile(ElfHeader header, List<Segment> segments, List<ElfSectionHeader> sections) {
  public ElfFile {
    segments = List.copyOf(segments);
    sections = List.copyOf(sections);
  }

  public Optional<ElfSectionHeader> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Segment> firstSegment(long type) {
    return segments.stream().filter(s -> s.type() == type).findFirst();
  }

  /** File offset of a virtual address inside a PT_LOAD segment's file image. */
  public Optional<Long> offsetOf(long address) {
    for (Segment s : segments) {
      if (s.type() == Segment.PT_LOAD
          && address >= s.virtualAddress()
          && address - s.virtualAddress() < s.fileSize()) {
        return Optional.of(s.offset() + (address - s.virtualAddress()));
      }
    }
    return Optional.empty();
  }

  /** Bytes of the PT_LOAD file image from {@code address} to the end of its segment. */
  public long bytesMappedFrom(long address) {
    for (Segment s : segments) {
      if (s.type() == Segment.PT_LOAD
          && address >= s.virtualAddress()
          && address - s.virtualAddress() < s.fileSize()) {
        return s.fileSize() - (address - s.virtualAddress());
      }
    }
    return 0;
  }
}
