package dev.footprint.binary;

/**
 * One section of an ELF or PE file. {@code type} is the ELF sh_type (0 for PE); {@code flags} is
 * the ELF sh_flags or the PE characteristics. {@code size} is the bytes the section occupies in the
 * file (0 for ELF NOBITS such as .bss); {@code memorySize} what it occupies when loaded.
 */
public record Section(
    int index,
    String name,
    long type,
    long flags,
    long address,
    long offset,
    long size,
    long memorySize,
    boolean allocated,
    boolean compressed) {

  /** DWARF and its compressed forms: {@code .debug_*}, {@code .zdebug_*}. */
  public boolean isDebug() {
    return name.startsWith(".debug") || name.startsWith(".zdebug");
  }
}
