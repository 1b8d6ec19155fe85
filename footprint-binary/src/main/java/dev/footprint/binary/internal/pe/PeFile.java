package dev.footprint.binary.internal.pe;

import java.util.List;

/** The headers of a PE/COFF image that footprint reads. */
record PeFile(
    int machine,
    int characteristics,
    boolean wide,
    long imageBase,
    long symbolTableOffset,
    long symbolCount,
    long importRva,
    long importSize,
    List<PeSection> sections) {

  static final int IMAGE_FILE_DLL = 0x2000;

  PeFile {
    sections = List.copyOf(sections);
  }

  long offsetOf(long rva) {
    for (PeSection s : sections) {
      long at = s.offsetOf(rva);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }
}
